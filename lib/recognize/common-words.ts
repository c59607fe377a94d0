/**
 * Capitalised words that are far more often ordinary English than a place or person when
 * they stand alone ("Reading", "Mobile", "Split", "Nice" are also cities of 100,000+).
 * A single-word candidate in this list is not looked up; multi-word names ("Nice Airport")
 * and names in the middle of a longer known name still are.
 */
export const COMMON_SINGLE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'as', 'after', 'before', 'despite', 'during', 'over', 'under', 'about', 'across', 'against',
  'this', 'that', 'these', 'those', 'there', 'here', 'he', 'she', 'it', 'we', 'they', 'i', 'you',
  'his', 'her', 'its', 'our', 'their', 'my', 'your', 'who', 'what', 'when', 'where', 'why', 'how',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'minister', 'officials', 'official', 'reporter',
  'mobile', 'reading', 'split', 'nice', 'orange', 'surprise', 'independence', 'providence',
  'concord', 'temple', 'victory', 'union', 'unity', 'liberty', 'hope', 'mission', 'enterprise',
  'pride', 'progress', 'palm', 'bay', 'march', 'may', 'june', 'august', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'god', 'overview', 'world', 'news',
  'business', 'politics', 'opinion', 'sport', 'sports', 'live', 'video', 'home', 'terms', 'privacy',
  'deal', 'peace', 'plan', 'talks', 'war', 'state', 'city', 'national', 'federal', 'republic',
]);
