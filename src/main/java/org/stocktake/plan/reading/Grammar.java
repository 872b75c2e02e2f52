package org.stocktake.plan.reading;

import java.util.regex.Pattern;

/**
 * The words of Chinese policy grammar the reader looks for, in one place. All patterns run on the
 * normalised text of {@link Source} (simplified characters, full-width brackets and commas). These
 * are data — the vocabulary of the genre — not interface text.
 */
final class Grammar {

    private Grammar() {}

    static final String NUMBER = "\\d+(?:\\.\\d+)?";

    /** Measure words after a number, with an optional magnitude (万, 亿 …); longest first. */
    static final String MEASURE = "(?:%|‰|个百分点|百分点|(?:[十百千万亿]{1,2})?(?:千瓦时|千瓦|平方公里|平方米|立方米|"
            + "公里|千米|毫米|公顷|亩|吨标准煤|吨|美元|元|人次|人|个工作日|个|件|家|所|座|项|台|辆|套|条|米|小时|天|岁|张|"
            + "床|次|户|起|处|倍|名|篇|批|部|只|头|斤|公斤|千克|兆瓦|年)|[十百千万亿]{1,2})";

    /** Headings by level: 一、 （一） 1. （1） 专栏N, and an attachment line 附件 / 附件2. */
    static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]{1,3}、)\\s*(.*)$");

    static final Pattern ARTICLE = Pattern.compile("^(（[一二三四五六七八九十]{1,4}）)\\s*(.*)$");
    static final Pattern ITEM = Pattern.compile("^(\\d{1,3}[.．、])(?!\\d)(.*)$");
    static final Pattern SUB_ITEM = Pattern.compile("^(（\\d{1,3}）)\\s*(.*)$");
    static final Pattern BOX = Pattern.compile("^(专栏\\s*\\d{1,3})[：\\s]*(.*)$");
    static final Pattern ATTACHMENT = Pattern.compile("^(附件\\s*\\d{0,2})[：]?\\s*$");
    static final Pattern NOTE = Pattern.compile("^(注|说明)[：]");

    /**
     * A quantity with its verb: the verb decides kind and comparator, the tail qualifier (以上, 以内,
     * 左右) refines it. Named groups: verb, num, unit, more (further values: 65%和55%), tail.
     */
    static final Pattern QUANTITY = Pattern.compile("(?<verb>年均增长|年均增速|年均提高|年均下降|年均减少|"
            + "提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|上升到|上升至|扩大到|扩大至|"
            + "下降到|下降至|降低到|降低至|降到|降至|减少到|减少至|压缩到|压缩至|缩短到|缩短至|控制在|稳定在|保持在|"
            + "达到|达|超过|突破|不少于|不低于|不高于|不超过|高于|低于|新增|增加|增长|提高|下降|降低|减少|累计)"
            + "(?<object>(?<=新增|累计)[\\p{IsHan}]{1,8}?)?(?<about>约|近|超)?(?<num>" + NUMBER + ")(?<unit>" + MEASURE + ")?"
            + "(?<more>(?:(?:和|、|至|到|-|—|～|~)" + NUMBER + "(?:" + MEASURE + ")?)*)"
            + "(?<tail>以上|以内|以下|之内|内|左右|上下)?");

    /** A number with 左右 and no verb before it: an approximate level (选择10个左右). */
    static final Pattern ABOUT = Pattern.compile("(?<num>" + NUMBER + ")(?<unit>" + MEASURE + ")左右");

    /** Quantities said in words: 零发生 / 零增长 (0), 全量利用 / 全部纳入 / 全覆盖 (100%). */
    static final Pattern ZERO = Pattern.compile("(?<trend>趋)?零(?<what>发生|增长|排放|事故|容忍)");

    static final Pattern WHOLE = Pattern.compile("(?:实现)?(?:全量|全部)(?:利用|纳入|覆盖|达标|接入|使用)|全覆盖");

    /** Parity with a reference level or another indicator. */
    static final Pattern PARITY = Pattern.compile("(?:达到|接近|赶上|保持)(?<level>(?:国际|国内|世界|全国)(?:先进|领先|平均|一流)水平)"
            + "|(?<with>[与和同][^，。；]{1,20}?)(?<words>基本同步|同步增长|同步提高|同步$)");

    /** Rank among peers: 位居全国前列, 进入创新型省份前列. */
    static final Pattern RANK = Pattern.compile("(?:位居|进入|保持|稳居|跻身|位于|走在)(?<peers>[^，。；]{1,12}?)前列");

    /** A direction of change of a measurable quantity: …排放总量持续减少. */
    static final Pattern DIRECTION = Pattern.compile(
            "(?<=率|比|比重|量|总量|能耗|排放|强度|收入|标准|密度|水平)" + "(?<adverb>进一步|持续|稳步|逐步|明显|大幅|不断)(?<verb>降低|减少|下降|提高|增加|增长)$");

    /** Completion predicates of a qualitative goal. */
    static final Pattern QUALITATIVE =
            Pattern.compile("基本解决|基本实现|基本建成|基本建立|初步建立|初步形成|基本形成|" + "全面推行|全面建成|启动|达到[^，。；]{0,12}(?:要求|标准)");

    /** Clauses about the past, or comparisons with it, are not commitments. */
    static final Pattern PAST = Pattern.compile("已经|已|比上年|同比|较上年|上年|去年|以来|累计完成|过去");

    /** A definition (日间手术是指…) states what a word means, not a commitment. */
    static final Pattern DEFINITION = Pattern.compile("是指|指的是|计算方法");

    /** An aim (推动…全量利用) names a direction of work, not a measured commitment, when the quantity is in words. */
    static final Pattern AIM = Pattern.compile("^(?:推动|促进|推进|推广|鼓励|支持|引导)");

    /** A part that looks back (一、2024年工作回顾) and a paragraph of past results (过去一年，…；主要表现在，…) commit to nothing. */
    static final Pattern REVIEW_HEADING = Pattern.compile("回顾|工作总结|取得的成就|发展成就");

    static final Pattern REVIEW_PARAGRAPH = Pattern.compile("^(?:过去一年|一年来|过去五年|五年来|回顾)|主要表现在");

    /** A goal clause opens with a year: 到2020年， / 2019年， / 力争到2025年. */
    static final Pattern GOAL_YEAR = Pattern.compile("(?:力争)?(?:到|至)(?<y1>\\d{4})年(?:底|末)?|(?<y2>\\d{4})年(?=，)");

    /** A vision goal with an extra verb after 和 is two goals: 基本建成X和建成Y. */
    static final Pattern VISION_AND = Pattern.compile("和(?=基本建成|建成|基本实现|实现)");

    /** Deadlines. */
    static final Pattern BY_MONTH = Pattern.compile(
            "(?:在|于)?(?<y>\\d{4})年(?:(?<m>\\d{1,2})月|(?<half>上半年|下半年))?" + "(?<end>底|末)?(?<before>前|以前|之前)?");

    static final Pattern BY_GOAL = Pattern.compile("(?:力争)?到(?<y>\\d{4})年(?:底|末)?");
    static final Pattern RECURRING = Pattern.compile("(?:(?<from>\\d{4})年起，?)?每年(?<m>\\d{1,2})月(?:底|末)?(?:前|以前)");
    static final Pattern RECURRING_MORE = Pattern.compile("(?<![\\d年])(?<m>\\d{1,2})月(?:底|末)?(?:前|以前)");
    static final Pattern RELATIVE = Pattern.compile("(?<n>\\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个)?(?<u>年|月)(?:以|之)?内");
    static final Pattern PERIOD = Pattern.compile("(?<a>\\d{4})[—–\\-～~至到](?<b>\\d{4})年");

    /** Responsible units. */
    static final Pattern PAREN = Pattern.compile("（[^（）\\n]{2,300}）");

    static final Pattern ROLE_CLAUSE =
            Pattern.compile("^(?<names>.+?)(?<role>牵头负责|按职责分工负责|分别负责|负责落实|牵头|负责|参与|配合|指导|落实)$");
    static final Pattern ROLE_LABEL = Pattern.compile("^(?<role>牵头单位|责任单位|配合单位|参与单位)[：](?<names>.+)$");
    static final Pattern FIRST_IS_LEAD = Pattern.compile("列第一位者?为牵头单位|排在第一位的?为牵头单位|第一个为牵头单位");
    /** A clause that declares a convention for the lists to come (以下均需X落实，不再列出), not a list itself. */
    static final Pattern DECLARATION = Pattern.compile("^(?:以下|以上|下同|此后|后同)");

    static final Pattern OPEN_LIST = Pattern.compile("等(?:有关|相关)?(?:部门|单位)?$");

    /** An organisation's name ends in one of these. */
    static final String ORG_END = "(?:委员会|委|总局|局|部门|部|署|办公厅|办|厅|人民政府|政府|总社|银行|省份)";

    static final Pattern ORG = Pattern.compile("^[\\p{IsHan}“”]{1,14}?" + ORG_END + "$");
    static final Pattern TOGETHER = Pattern.compile("(?<![\\p{IsHan}])(?:经|由)?(?<lead>[\\p{IsHan}]{2,14}?" + ORG_END
            + ")(?:要)?会同" + "(?<with>[^，。；]{0,200}?)(?:等)?(?:有关|相关)?(?:部门|单位)");
    static final Pattern LED_BY = Pattern.compile("由(?<names>[^，。；由]{2,80}?)牵头");
    static final Pattern SUBJECT = Pattern.compile("^(?!鼓励|支持|引导|推动|要求|经|由|在)(?<name>各省份|[\\p{IsHan}]{2,14}?" + ORG_END
            + ")" + "(?<verb>于|负责|推行|建立|印发|组织|制定|出台|完成|监督|结合|牵头|统筹|开展|加强|指导|会同)");
    /** Who must meet a deadline: a unit, or the local governments as a whole (各市州, 各地). */
    static final Pattern WHO = Pattern.compile("^(?<name>各(?:省份|市州|县市区|地|市|县|部门))");

    /** A date at the head of a clause: 2019年3月底前， / 在2019年9月底前 / 2020年起. */
    static final Pattern DATE_PREFIX = Pattern.compile("^(?:在|于)?\\d{4}年(?:\\d{1,2}月)?(?:底|末)?(?:前|起)?(?:，)?");

    /** A measure word on its own (the unit of the second value in 65%和55%). */
    static final Pattern MEASURE_ALONE = Pattern.compile("(" + MEASURE + ")");

    /** A full date (2021年7月14日): when a document was adopted. */
    static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    /** A deadline as the reading writes it: 2019-03, or 2019. */
    static final Pattern READ_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    static final Pattern READ_YEAR = Pattern.compile("\\d{4}");

    /** The year a recurring deadline starts: 2020年起. */
    static final Pattern FROM_YEAR = Pattern.compile("(?<from>\\d{4})年起");

    static final Pattern SUBJECT_DUTY = Pattern.compile("^(?<name>[\\p{IsHan}]{2,10}?)(?:负责(?!人)|是[^，。；]{0,20}责任主体)");
    static final Pattern SUBJECT_LIST =
            Pattern.compile("^(?<names>(?:[\\p{IsHan}]{1,12}、)+[\\p{IsHan}]{1,12})等(?:有关)?部门");
}
