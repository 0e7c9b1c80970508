/**
 * What a report copied from a government website or extracted from a PDF carries that is not the
 * report: the site's breadcrumb, 来源/发布时间/浏览次数 and 字号 大中小 lines, 分享到/打印/关闭 links,
 * Markdown link syntax around words, page numbers ("— 3 —", "第3页 共8页") and running headers
 * repeating the title between pages; a 微信公众号 article's 点击蓝字关注, its byline (原创 … 2026年01月22日
 * 17:30), emoji rules, 编辑/审核 credits, 往期推荐 list and 阅读原文/在看 buttons. Lines are judged whole: a
 * sentence of the report never is clutter.
 */
import { CELL_GAP } from '../../model/table-row';

/** `[text](url)` → text; `![alt](url)` → nothing; a URL in parentheses may hold one level of (). */
export function unwrapLinks(line: string): string {
  const target = String.raw`\((?:[^()\s]|\([^()]*\))*\)`;
  return line
    .replace(new RegExp(String.raw`!\[[^\]]*\]${target}`, 'gu'), '')
    .replace(new RegExp(String.raw`\[([^\]]*)\]${target}`, 'gu'), '$1');
}

const SENTENCE = /[。；;！？!?]/u;

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
};

/** HTML entities a page copy leaves in the text (&nbsp;, &ldquo;, &#12288;): the characters they stand for. */
export function decodeEntities(line: string): string {
  return line.replace(
    /&(?:#(\d{1,6})|#x([0-9a-f]{1,5})|([a-z]{2,6}));/giu,
    (all, dec?: string, hex?: string, name?: string) => {
      const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : null;
      if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      return ENTITIES[name!.toLowerCase()] ?? all;
    },
  );
}

/**
 * A Markdown table row "| 项目 | 2023年 | 2024年 |": its cells apart by two full-width spaces, as a table
 * pasted from Word reads; the "| --- | --- |" rule under the header row is markup and gives ''.
 */
export function tableRowText(line: string): string {
  const t = line.trim();
  if (!/^\|.*\|$/u.test(t)) return line;
  const cells = t
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
  if (cells.every((c) => /^:?-{3,}:?$/u.test(c))) return '';
  return cells.filter((c) => c !== '').join(CELL_GAP);
}

/**
 * Fields of a page's information lines: 来源：… 发布时间：… 浏览次数：…, the 信息公开 table (索引号、
 * 主题分类、生成日期…) and the links to the neighbouring articles (上一篇：…).
 */
const INFO_FIELD = new RegExp(
  '^[【[（(]?\\s*(?:' +
    [
      '来源|信息来源|文章来源|发布来源|发布机构|发布单位|发布时间|发布日期|更新时间|生成日期|成文日期',
      '浏览次数|浏览量|访问量|访问次数|点击数|点击量|阅读量|阅读次数|责任编辑|编辑|作者|字号|字体|分享到|分享',
      '索引号|主题分类|体裁分类|组配分类|信息类别|信息分类|发文机关|发文字号|文号|有效性|时效|公开方式|公开范围',
      '所属机构|关键词|上一篇|下一篇|上一条|下一条|相关附件|相关链接|相关文件|相关阅读|相关解读',
      '审核|初审|复审|终审|校对|排版|美编|供稿|摄影|图片|图文|视频',
      // A 公众号's credits (三审三校: 一审 二审 三审; 责编, 监制…), each with its colon or a bar.
      '责编|值班编辑|文字|文/图|文图|稿件来源|本文来源|监制|统筹|签审|一审|二审|三审|出品|策划|制作|通讯员|记者|撰稿',
    ].join('|') +
    ')\\s*[：:|｜]',
  'u',
);

/** Words of a page's tool links. */
const TOOL_WORD =
  '(?:字号|字体|大|中|小|默认|打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|收藏|收藏本页|分享|分享到|扫一扫|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面|返回顶部|返回|上一篇|下一篇|纠错|我要纠错|微信|微博|QQ空间|QQ|复制链接|保存|朗读|无障碍|适老化|阅读原文|在看|点赞|赞|转发|留言|写留言|喜欢|推荐)';
const TOOL_WORDS = new RegExp(`^${TOOL_WORD}$`, 'u');
/**
 * Tool links run together ("分享收藏点赞在看"), as a paste of the page's HTML writes them: the spaces beside
 * Chinese are gone. Short lines only: a line of the report is longer and has other words.
 */
const TOOL_WORDS_RUN = new RegExp(`^${TOOL_WORD}{2,8}$`, 'u');
const MAX_TOOL_RUN = 24;

/** A breadcrumb: 首页 > 政务公开 > 法治政府建设 (short parts between > » ›). */
function isBreadcrumb(t: string): boolean {
  const s = t.replace(/^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[：:]\s*/u, '');
  const parts = s.split(/\s*[>»›＞]\s*/u);
  return parts.length >= 2 && parts.every((p) => p.length > 0 && p.length <= 20) && !/[，,。]/u.test(s);
}

/** 点击蓝字关注我们, 点击上方“某某发布”关注, 长按识别二维码关注. */
const FOLLOW_US =
  /^(?:点击(?:上方)?(?:蓝字|“[^”]{1,20}”)?|长按(?:识别)?(?:二维码)?|扫码)[\s\u3000]*关注(?:我们)?$/u;

/**
 * 原创 某某发布 2026年01月22日 17:30 福建: who posted, when (to the minute) and from where; the spaces may
 * be gone, as a paste of the page's HTML drops those beside Chinese ("原创某某发布2026年01月22日17:30福建").
 */
const BYLINE =
  /^(?:原创[\s\u3000]*)?[^，,。]{0,40}?\d{4}(?:年|-)\d{1,2}(?:月|-)\d{1,2}日?[\s\u3000]*\d{1,2}:\d{2}(?:[\s\u3000]+\S{1,10}|[^\s\d:：]{1,4})?$/u;

/** The header of an article's list of other articles (往期推荐): it and the titles under it are not the report. */
export function isRelatedListHeader(line: string): boolean {
  return /^(?:往期推荐|往期回顾|往期精彩|推荐阅读|精彩推荐|猜你喜欢|延伸阅读|热门推荐)$/u.test(
    line.replace(/[\s\u3000]/gu, ''),
  );
}

/** Titles taken for the list under 往期推荐 before a blank line ends it. */
export const MAX_RELATED_TITLES = 8;

/**
 * Symbols a 公众号 article or a WPS template puts before a heading ("▌一、", "★（一）", "🔹1."): dropped
 * when a number label (or a heading in 【】) follows them, so the heading reads as one.
 */
export const DECORATION =
  /^(?:[\p{So}\p{Extended_Pictographic}▌▍▎▏■□▪▫◆◇●○◎★☆▶►▷→➤➢※♦❖✦✧·•\s\u3000]|\uFE0F|\u200D)+/u;

/** A line wholly in 【】 with no sentence in it: a heading as web articles set them. */
export const BRACKETED = /^【([^【】。；;！？]{2,80})】$/u;

/** A line of symbols only (🔹🔹🔹, ━━━, ◆◆◆): a rule drawn in a 公众号 article, with no word in it. */
export function isSymbolRule(line: string): boolean {
  return (
    /[\p{So}\p{Extended_Pictographic}]/u.test(line) &&
    /^(?:[\p{So}\p{Sk}\p{Extended_Pictographic}\s\u3000\-—_=~·•*]|\uFE0F|\u200D)+$/u.test(line)
  );
}

/** What a 公众号 page says around an article copied from it (its prompts and counters). */
const WECHAT_PROMPT =
  /^(?:预览时标签不可点|微信扫一扫关注该公众号|微信扫一扫可打开此内容，使用完整服务|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|知道了|取消|允许|视频|小程序|(?:阅读|阅读量|点赞|在看|赞|分享|推荐)[\s\u3000]*\d+(?:[\s\u3000]*(?:点赞|在看|赞|分享|推荐)[\s\u3000]*\d+)*)$/u;

/**
 * The mark a 公众号 article ends with ("-END-", "— END —", "THE END", "（完）"), the list under it
 * (喜欢此内容的人还喜欢) and the pointer to the original ("↓↓↓ 点击阅读原文").
 */
const WECHAT_END =
  /^(?:[-—–_=·\s\u3000]*(?:THE[\s\u3000]*)?END[-—–_=·\s\u3000]*|[（(]完[）)]|喜欢此内容的人还喜欢|\d+[\s\u3000]*人划线|[\p{So}\p{Sm}\s\u3000]*(?:点击|轻触)?(?:下方)?[“"]?阅读原文[”"]?(?:[，,]?(?:查看|了解)(?:更多|详情|全文))?)$/iu;

/**
 * The account's card a 公众号 page shows and a copy of it takes along: "微信号 mxswj12366", "功能介绍
 * 发布税收政策…" (its name on the line above: isAccountName).
 */
export function isAccountCardField(line: string): boolean {
  return (
    /^(?:微信号|功能介绍)(?:[\s\u3000]+|[\s\u3000]*[：:][\s\u3000]*)\S/u.test(line) && line.length <= 120
  );
}

/** An account's name over its card: short, one word, no punctuation, and no title (…报告). */
export function isAccountName(line: string): boolean {
  return /^[^\s\u3000\p{P}]{2,20}$/u.test(line) && !/报告$/u.test(line);
}

/**
 * A photo caption in a 公众号 article: "▲ 图为局党委召开专题会议", "▲ 宣讲活动现场" (a report has no
 * photos). A "▲" bullet before a line of the report ("▲全年办理案件120件") is not one.
 */
const CAPTION = /^[▲△][\s\u3000]*(?:图(?:片来源)?[为：:]|.{0,40}(?:现场|合影|照片|剪影|掠影)$)/u;

/**
 * What a browser prints around each page of a web page saved as PDF (打印 → 另存为 PDF), then copied or
 * extracted as text: at the top the date and time and the page's title ("2026/3/18 09:42 某某局2025年度
 * 法治政府建设年度报告_政务公开_某某区人民政府"), at the foot its address and the page of pages
 * ("https://www.….html 1/3"). The address may carry a query (?id=…), so these are judged before the
 * sentence test; the title holds no clause.
 */
const PRINT_HEADER =
  /^\d{1,4}[/\-.]\d{1,2}[/\-.]\d{1,4}[,，]?[\s\u3000]+(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?(?:[\s\u3000]*[AaPp][Mm])?(?:[\s\u3000]+[^，,。；;！？!?：:]{1,120})?$/u;
const PRINT_FOOTER =
  /^(?:https?:\/\/|www\.)\S+(?:[\s\u3000]+(?:\d{1,3}[/／]\d{1,3}|第?\d{1,3}页[，,]?共\d{1,3}页|(?:[Pp]age[\s\u3000]*)?\d{1,3}[\s\u3000]*of[\s\u3000]*\d{1,3}))?$/u;

/** A line of website chrome (after its links were unwrapped). */
export function isWebChrome(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (PRINT_FOOTER.test(t) || PRINT_HEADER.test(t) || isAccountCardField(t) || WECHAT_END.test(t))
    return true;
  if (SENTENCE.test(t)) return false;
  if (FOLLOW_US.test(t) || BYLINE.test(t) || isSymbolRule(t)) return true;
  if (WECHAT_PROMPT.test(t) || CAPTION.test(t)) return true;
  if (INFO_FIELD.test(t) && t.length <= 160) return true;
  if (isBreadcrumb(t)) return true;
  const words = t.split(/[\s\u3000【】[\]|｜/·:：]+/u).filter((w) => w !== '');
  return (
    words.length > 0 &&
    words.every((w) => TOOL_WORDS.test(w) || (w.length <= MAX_TOOL_RUN && TOOL_WORDS_RUN.test(w)))
  );
}

/**
 * A page number no report line reads as: — 3 —, - 3 -, －3－, · 3 ·, 第3页, 第 3 页 共 8 页 (a bare 3 or
 * 3/8 may be a number pasted on its own).
 */
export function isMarkedPageNumber(line: string): boolean {
  const t = line.replace(/[\s\u3000]/gu, '');
  return (
    /^[—–\-－─―]{1,3}\d{1,3}[—–\-－─―]{1,3}$/u.test(t) ||
    /^[·•・]\d{1,3}[·•・]$/u.test(t) ||
    /^第\d{1,3}页(?:[，,]?共\d{1,3}页)?$/u.test(t)
  );
}

/** Longest 目录 entry: a heading's length and its leader. */
const MAX_CONTENTS_LINE = 160;

/**
 * A table of contents typed or extracted as text: its head (目录, 目 录, 目次) and its entries, a heading
 * followed by a dot leader and a page number ("一、主要举措和成效…………………1"). A leader is three
 * leader marks at least: a sentence's ellipsis is two (……).
 */
export function isContentsLine(line: string): boolean {
  const t = line.trim();
  // A longer line is text (and is not searched at all: the leader's pattern would backtrack on it).
  if (t.length > MAX_CONTENTS_LINE) return false;
  if (/^(?:目[\s\u3000]*录|目[\s\u3000]*次)$/u.test(t)) return true;
  return /\S[\s\u3000]*(?:[.．·・…⋯‥_]{3,})[\s\u3000]*\d{1,3}$/u.test(t);
}

/** A page of pages: 3/8, 3 / 8. */
export function isPageOfPages(line: string): boolean {
  return /^\d{1,3}[/／]\d{1,3}$/u.test(line.replace(/[\s\u3000]/gu, ''));
}

/** A page number line: — 3 —, - 3 -, －3－, 第3页, 第 3 页 共 8 页, 3/8, or a bare 3. */
export function isPageNumber(line: string): boolean {
  const t = line.replace(/[\s\u3000]/gu, '');
  return isMarkedPageNumber(t) || isPageOfPages(t) || /^\d{1,3}$/u.test(t);
}

const HTML_TAG =
  /<\/?(?:p|div|br|span|strong|b|font|table|tbody|thead|tr|td|th|h[1-6]|section|article|li|ul|ol|em|i|u|a|img)\b[^<>]*>/giu;

/**
 * A page copied with its HTML (<p>, <br>, <strong>, a table): one line per paragraph, row and break,
 * bold as **, cells apart by two full-width spaces, other tags dropped. Text with fewer than two such
 * tags is left as it is (a report may use "<" on its own).
 */
export function htmlToText(input: string): string {
  const tags = input.match(HTML_TAG);
  if (!tags || tags.length < 2) return input;
  return input
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/(?:p|div|h[1-6]|tr|li|table|section|article)\s*>/giu, '\n')
    .replace(/<(?:p|div|h[1-6]|tr|li|table|section|article)\b[^<>]*>/giu, '\n')
    .replace(/<\/?(?:strong|b)\b[^<>]*>/giu, '**')
    .replace(/<\/t[dh]\s*>/giu, CELL_GAP)
    .replace(HTML_TAG, '');
}
