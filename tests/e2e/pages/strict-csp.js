// Records every CSP or Trusted Types violation the page sees (ours would show up here).
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
