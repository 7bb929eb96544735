package ingest

import (
	"strings"
	"testing"
)

func TestClassifyLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want lineClass
	}{
		{"", classBlank},
		{"   ", classBlank},
		{"本市将加快建设现代化产业体系，推动制造业高质量发展。", classGood},
		{"这是一句很短的话。", classGood}, // ends a sentence
		{strings.Repeat("长", longRunes), classGood},
		{"一、总体要求", classShort},
		{"研发投入强度 3%", classShort},
		{"省工业和信息化厅", classShort},
		{"· 某地召开专题会议 (04-19)", classBad},
		{"• 首页", classBad},
		{"[头条] 某市发布新规", classBad},
		{"【图片】某地风光", classBad},
		{"【通知】各单位：请于本周五前报送材料，逾期不候。", classGood}, // a sentence, not a list item
		{"首页 | 新闻 | 政务公开 | 办事服务 | 互动交流", classBad},
		{strings.Repeat("新闻 | 行情 | 评测 | 数码导购 | ", 5), classBad}, // a long menu bar
		{"首页 | 关于印发某某市推进数字经济高质量发展实施方案的通知", classShort},          // a long piece: not a menu
		{"群众呼声 警民交流 西部生态 大话四川 摄影 真我 美图 视频 情感空间 文学沙龙", classBad},
		{"全国版 安徽省 北京市 重庆市 福建省 贵州省 广东省 广西省 甘肃省 河北省 湖南省", classBad},
		{"成员：张三 李四 王五 赵六 钱七 孙八 周九 吴十 郑一 冯二", classShort},                  // a name list: its colon
		{"2019 2020 2021 2022 2023 2024 2025 2026 2027 2028", classShort}, // a table row
		{"东城区 西城区 朝阳区 海淀区 丰台区", classShort},                               // too few words for a menu
	} {
		if got, _ := classifyLine(tc.line); got != tc.want {
			t.Errorf("classifyLine(%q) = %d, want %d", tc.line, got, tc.want)
		}
	}
}

func TestClassifyLines(t *testing.T) {
	prose := "本市将加快建设现代化产业体系，推动制造业高质量发展，力争到明年实现产值翻番。"
	for _, tc := range []struct {
		name  string
		in    []string
		title string
		drop  []int // indices of the lines dropped
	}{
		{"district list before the article", []string{"东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", prose}, "", []int{0, 1, 2, 3, 4, 5}},
		{"heading between paragraphs stays", []string{prose, "二、主要任务", prose}, "", nil},
		{"signature and date at the end stay", []string{prose, "", "某市人民政府办公室", "2024年3月15日"}, "", nil},
		{"a signature block stays", []string{prose, "某某部", "二〇二四年七月十七日", "关于某事", "有关问题的请示", "国务院：", prose}, "", nil},
		{"a long signature block stays", []string{prose, "中华人民共和国住房和城乡建设部", "中华人民共和国生态环境部", "中华人民共和国交通运输部", "中华人民共和国水利部", "国家税务总局", "国家市场监督管理总局", "中国银行保险监督管理委员会", "国家铁路局", "2020年7月3日"}, "", nil},
		{"a signature block dated in full-width digits stays", []string{prose, "中华人民共和国住房和城乡建设部", "中华人民共和国生态环境部", "中华人民共和国交通运输部", "中华人民共和国水利部", "国家税务总局", "国家市场监督管理总局", "中国银行保险监督管理委员会", "国家铁路局", "２０２０年７月３日"}, "", nil},
		{"a signature block dated with full-width signs stays", []string{prose, "中华人民共和国住房和城乡建设部", "中华人民共和国生态环境部", "中华人民共和国交通运输部", "中华人民共和国水利部", "国家税务总局", "国家市场监督管理总局", "中国银行保险监督管理委员会", "国家铁路局", "２０２０－０７－０３"}, "", nil},
		{"a short signature block dated in full-width digits stays", []string{prose, "中华人民共和国住房和城乡建设部", "中华人民共和国生态环境部", "中华人民共和国交通运输部", "中华人民共和国水利部", "国家铁路局", "２０２０年７月３日"}, "", nil},
		{"district list before a dated headline goes", []string{"东城区", "西城区", "南城区", "北城区", "新区", "示例县召开优化营商环境推进会", "2023年11月20日 10:05 来源：示例县融媒体中心", prose}, "", []int{0, 1, 2, 3, 4}},
		{"a table with digits stays", []string{prose, "指标 目标", "地区生产总值 5%", "研发投入 3%", "新增企业 100家", "新增就业 1万人", prose}, "", nil},
		// A form's cells under their labels: two lines that are a sum alone
		// make the run a form, not a link list; one alone does not.
		{"a form of labels and sums stays", []string{"项目名称", "某馆文物保护", "项目单位", "某市博物馆", "主管单位", "某省文物局", "补助经费", "申请数", "2072.82万元", "调整后建议数", "1174万元", "项目概况", prose}, "", nil},
		{"a menu with prices goes", []string{"首页", "产品中心", "基础版", "99元", "专业版", "199元", "联系我们", prose}, "", []int{0, 1, 2, 3, 4, 5, 6}},
		{"a menu with one sum goes", []string{"首页", "新闻", "通知公告", "政务公开", "办事服务", "互动交流", "捐款100万元", prose}, "", []int{0, 1, 2, 3, 4, 5, 6}},
		// The list goes; its heading touches prose, so shape alone keeps it
		// (the rule files know the word 相关新闻).
		{"related list after the article", []string{prose, "相关新闻", "· 某市召开会议", "· 某区发布通知"}, "", []int{2, 3}},
		{"short lines between lists go", []string{prose, "· 某市召开会议", "更多", "· 某区发布通知"}, "", []int{1, 2, 3}},
		{"short line between a list and prose stays", []string{"· 某市召开会议", "宪章的由来", prose}, "", []int{0}},
		{"menu bar", []string{"首页 | 新闻 | 政务公开", prose}, "", []int{0}},
		{"a bulleted heading between paragraphs stays", []string{prose, "●传媒巨头青睐新平台", prose}, "", nil},
		{"a bulleted line closing the article goes", []string{prose, "●某市召开会议"}, "", []int{1}},
		{"title never dropped", []string{"某市数字经济方案", "首页", "新闻", "通知公告", "政务公开", "办事服务", prose}, "某市数字经济方案", []int{1, 2, 3, 4, 5}},
		// A blog's index page: bylines under each post; the first post is the article.
		{"later posts of a blog index go", []string{"某某的博客", "第一篇 2005-06-14 03:25", prose, "由某某发表 @ 2005-06-14 03:25:55 (370) 共 11 篇评论", "第二篇 2005-06-13 15:00", prose, "由某某发表 @ 2005-06-13 15:00:14 (697) 共 29 篇评论", "第三篇 2005-06-11 14:05", prose, prose, "由某某发表 @ 2005-06-11 14:05:50 (924) 共 7 篇评论"}, "", []int{3, 4, 5, 6, 7, 8, 9, 10}},
		// A forum thread: a header over each post, nothing but chrome before the first.
		{"later posts of a thread go", []string{"论坛首页", "发表于 2020-08-11 16:06 只看该作者", prose, "发表于 2020-08-11 16:58 只看该作者", prose, "发表于 2020-08-12 09:01 只看该作者", prose}, "", []int{0, 1, 3, 4, 5, 6}},
		{"the title of a thread stays", []string{"导游为何热衷购物", "发表于 2020-08-11 16:06 只看该作者", prose, "发表于 2020-08-11 16:58 只看该作者", prose, "发表于 2020-08-12 09:01 只看该作者", prose}, "导游为何热衷购物", []int{1, 3, 4, 5, 6}},
		// Dated headlines without prose between them are a list, not posts.
		{"a dated headline list is no thread", []string{prose, "某市召开会议 2020-08-11 16:06", "某区发布通知 2020-08-12 09:30", "某县开展检查 2020-08-13 10:00"}, "", nil},
		{"two bylines are too few", []string{prose, "张三 发表于 2020-08-11 16:06", prose, "李四 发表于 2020-08-11 16:58", prose}, "", nil},
		// A chronicle's dated headings vary in nothing but digits, yet hold no words.
		{"a chronicle's date headings stay", []string{"2020年3月5日", prose, "2020年4月6日", prose, "2020年5月7日", prose}, "", nil},
		// A thread's reply list: long lines with sentence marks, each ending in author, time and counters.
		{"a list of replies goes", []string{prose, "回复线索：", "旅行中，谁忽悠了你？【版主】08-11 16:06 298字 [4321/87]", "参与旅行社的一般都是弱势群体……【梅某】08-11 16:58 138字 [140/0]", "斑竹啊，你们是要故事，还是要发牢骚？【猫猫】08-11 17:03 0字 [127/1]", "", "我们征集故事，你们的经历，要真实的哦【版主】08-11 17:04 30字 [151/1]", "一把辛酸泪啊。【皮皮】08-11 17:15 80字 [176/0]", "你知道导游为什么热衷购物吗？【某某】08-22 19:13 173字 [154/0] 当前帖子"}, "", []int{2, 3, 4, 6, 7, 8}},
		{"latest headlines with dates go", []string{prose, "某市召开全市经济工作会议 2024-01-02", "某区发布数字经济三年行动方案 2024-01-03", "某县开展安全生产大检查 2024-01-05", "某市举行重大项目集中开工仪式 2024-01-08", "某市通报一季度经济运行情况 2024-01-09"}, "", []int{1, 2, 3, 4, 5}},
		{"four dated headlines are too few", []string{prose, "某市召开全市经济工作会议 2024-01-02", "某区发布数字经济三年行动方案 2024-01-03", "某县开展安全生产大检查 2024-01-05", "某市举行重大项目集中开工仪式 2024-01-08"}, "", nil},
		// A site's other articles, each headline over its date and byline.
		{"headlines over stamp lines go", []string{prose, "某市召开全市经济工作会议", "2024/01/02张某某", "", "某区发布数字经济三年行动方案", "2024/01/03李某 ☆", "", "某县开展安全生产大检查？", "2024/01/05王某某", "", "某市举行重大项目集中开工仪式", "2024/01/08赵某", "", "某市通报一季度经济运行情况", "2024/01/09孙某某"}, "", []int{1, 2, 4, 5, 7, 8, 10, 11, 13, 14}},
		{"four headlines over stamp lines are too few", []string{prose, "某市召开全市经济工作会议", "2024/01/02张某某", "某区发布数字经济三年行动方案", "2024/01/03李某", "某县开展安全生产大检查", "2024/01/05王某某", "某市举行重大项目集中开工仪式", "2024/01/08赵某"}, "", nil},
		// A site's latest or most-read articles, each headline (printed
		// twice: linked, then as text) over how long ago it was posted.
		{"headlines over how long ago they were posted go", []string{prose, "1. 某市召开全市经济工作会议", "某市召开全市经济工作会议", "2小時前", "2. 某区发布数字经济三年行动方案", "某区发布数字经济三年行动方案", "12分钟前", "3. 某县开展安全生产大检查", "1小时前", "", "4. 某市举行重大项目集中开工仪式", "某市举行重大项目集中开工仪式", "3天前", "5. 某市通报一季度经济运行情况", "刚刚"}, "", []int{1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14}},
		{"four headlines over how long ago are too few", []string{prose, "1. 某市召开全市经济工作会议", "2小时前", "2. 某区发布数字经济三年行动方案", "12分钟前", "3. 某县开展安全生产大检查", "1小时前", "4. 某市举行重大项目集中开工仪式", "3天前"}, "", nil},
		{"paragraphs over how long ago stay", []string{prose, "2小时前", prose, "3小时前", prose, "4小时前", prose, "5小时前", prose, "6小时前"}, "", nil},
		{"a live blog's updates over how long ago stay", []string{prose, "市财政局：安排专项资金20亿元", "12分钟前", "市人社局：新增就业岗位8万个", "20分钟前", "市交通局：新开公交线路5条", "35分钟前", "市教育局：新建学校3所", "1小时前", "市卫健委：新增床位500张", "2小时前"}, "", nil},
		{"a diary's paragraphs over dated signatures stay", []string{prose, "2024/01/02 星期二", prose, "2024/01/03 星期三", prose, "2024/01/04 星期四", prose, "2024/01/05 星期五", prose, "2024/01/06 星期六", prose, "2024/01/07 星期日"}, "", nil},
		// Lines that open with their date are a chronicle's entries, kept.
		{"a chronicle stays", []string{prose, "2024年1月2日，某市召开全市经济工作会议。", "2024年1月3日，某区发布数字经济三年行动方案。", "2024年1月5日，某县开展安全生产大检查。", "2024年1月8日，某市举行重大项目集中开工仪式。", "2024年1月9日，某市通报一季度经济运行情况。"}, "", nil},
		// A schedule: times after some words, but the tails differ.
		{"a schedule stays", []string{prose, "上午报到时间 8:30 在一楼大厅签到", "开幕式开始时间 9:00 主会场", "主旨演讲时间 9:30 由专家学者作报告", "分论坛交流时间 14:00 三个分会场同时进行", "闭幕式时间 17:00 主会场"}, "", nil},
		{"no prose: nothing dropped", []string{"东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区"}, "", nil},
		// Comments as long as each other under bylines of one shape make no
		// wrap width: the bylines still mark a list of posts.
		{"comments of one length under bylines go", []string{prose, "",
			"匿名网友 发表于 2024-03-10 10:20:30 来自移动端 回复", "我觉得这个方案很好，希望我们县也能新建基站，大家一起努力。", "",
			"匿名网友 发表于 2024-03-11 11:21:31 来自移动端 回复", "我觉得这个方案很好，希望我们县也能新建基站，大家一起努力。", "",
			"匿名网友 发表于 2024-03-12 12:22:32 来自移动端 回复", "我觉得这个方案很好，希望我们县也能新建基站，大家一起努力。", "",
			"匿名网友 发表于 2024-03-13 13:23:33 来自移动端 回复", "我觉得这个方案很好，希望我们县也能新建基站，大家一起努力。", "",
			"匿名网友 发表于 2024-03-14 14:24:34 来自移动端 回复", "我觉得这个方案很好，希望我们县也能新建基站，大家一起努力。", "",
			"匿名网友 发表于 2024-03-15 15:25:35 来自移动端 回复", "我觉得这个方案很好，希望我们县也能新建基站，大家一起努力。", "",
			"匿名网友 发表于 2024-03-16 16:26:36 来自移动端 回复", "我觉得这个方案很好，希望我们县也能新建基站，大家一起努力。", "",
			"匿名网友 发表于 2024-03-17 17:27:37 来自移动端 回复", "我觉得这个方案很好，希望我们县也能新建基站，大家一起努力。", ""},
			"", []int{2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24}},
		// A hard-wrapped text (a PDF's) repeats a dated clause: its lines
		// of the full width are prose cut short, not a list's bylines.
		{"a hard-wrapped text's dated lines stay", []string{prose,
			"本市将加快建设产业体系，推动制造业高质量发展，力争到", "申报主体是2023年2月22日以后注册成立或迁址的企", "业，经评审给予支持。本市将加快建设产业体系，推动制",
			"本市将加快建设产业体系，推动制造业高质量发展，力争到", "申报主体是2023年2月22日以后注册成立或迁址的企", "业，经评审给予支持。本市将加快建设产业体系，推动制",
			"本市将加快建设产业体系，推动制造业高质量发展，力争到", "申报主体是2023年2月22日以后注册成立或迁址的企", "业，经评审给予支持。本市将加快建设产业体系，推动制",
			"本市将加快建设产业体系，推动制造业高质量发展，力争到", "申报主体是2023年2月22日以后注册成立或迁址的企", "业，经评审给予支持。本市将加快建设产业体系，推动制",
			"本市将加快建设产业体系，推动制造业高质量发展，力争到", "申报主体是2023年2月22日以后注册成立或迁址的企", "业，经评审给予支持。本市将加快建设产业体系，推动制",
			"本市将加快建设产业体系，推动制造业高质量发展。"}, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			why := classifyLines(tc.in, tc.title)
			var got []int
			for i, w := range why {
				if w != "" {
					got = append(got, i)
				}
			}
			if !equalInts(got, tc.drop) {
				t.Errorf("dropped %v (%q), want %v", got, why, tc.drop)
			}
			kept, dropped := dropClassified(tc.in, tc.title)
			n := 0
			for _, d := range dropped {
				if d.Stage != "classifier" || d.Reason == "" {
					t.Errorf("dropped block %+v: want stage classifier and a reason", d)
				}
				n += len(strings.Split(d.Text, "\n"))
			}
			if len(kept)+n != len(tc.in) {
				t.Errorf("kept %d + dropped %d lines, want %d", len(kept), n, len(tc.in))
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSelectMain(t *testing.T) {
	lines := []string{
		"首页 | 新闻", // before the article
		"某市召开数字经济推进会议",
		"会议强调，要加快推进数字产业化和产业数字化。",
		"指标 目标", // a table the extractor left out: inside the article, kept
		"研发投入 3%",
		"会议要求，各部门要狠抓落实，确保各项任务按期完成。",
		"相关新闻", // after the article
		"某区召开会议",
	}
	main := "某市召开数字经济推进会议\n会议强调，要加快推进数字产业化和产业数字化。\n会议要求，各部门要狠抓落实，确保各项任务按期完成。"
	keep, ok := selectMain(lines, main)
	if !ok {
		t.Fatal("selectMain found nothing")
	}
	want := []bool{false, true, true, true, true, true, false, false}
	for i := range want {
		if keep[i] != want[i] {
			t.Errorf("line %d %q: keep %v, want %v", i, lines[i], keep[i], want[i])
		}
	}
	if _, ok := selectMain(lines, "完全不同的文字"); ok {
		t.Error("selectMain: a main text sharing no line must not select")
	}
	body, first, dropped := narrowToMain(strings.Join(lines, "\n"), main)
	if first != 2 || strings.Contains(body, "首页") || strings.Contains(body, "相关新闻") || !strings.Contains(body, "研发投入 3%") {
		t.Errorf("narrowToMain: first %d body %q", first, body)
	}
	if len(dropped) != 2 || dropped[0].Reason != "before the article (trafilatura)" || dropped[1].Reason != "after the article (trafilatura)" {
		t.Errorf("narrowToMain dropped %+v", dropped)
	}
}

func TestDropHead(t *testing.T) {
	prose := "会议强调，要加快推进数字产业化和产业数字化，推动数字经济高质量发展。"
	for _, tc := range []struct {
		name, title string
		in, want    []string
	}{
		{"byline and widgets go", "某市召开会议", []string{"某市召开会议", "记者 张三 李四", "分享到：微博", "音频 04:29", prose}, []string{"某市召开会议", prose}},
		{"teasers under a headline that asks go", "某行业受资本控制？ 十起事件回顾(图)", []string{"某行业受资本控制？ 十起事件回顾(图)", "今", "日", "推荐 某某活动开幕", "某某发布新品 市场反响热烈", prose}, []string{"某行业受资本控制？ 十起事件回顾(图)", prose}},
		{"document number and addressee stay", "关于推进示例产业发展的意见", []string{"关于推进示例产业", "发展的意见", "某办发〔2021〕99号", "某省人民政府：", prose}, []string{"某办发〔2021〕99号", "某省人民政府：", prose}},
		{"a fuller headline stays", "某省数字经济发展规划", []string{"某省人民政府办公厅关于印发《某省数字经济发展规划》的通知", prose}, []string{"某省人民政府办公厅关于印发《某省数字经济发展规划》的通知", prose}},
		{"no prose: nothing goes", "标题", []string{"甲", "乙"}, []string{"甲", "乙"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, dropped := dropHead(tc.in, tc.title)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("kept %q, want %q (dropped %+v)", got, tc.want, dropped)
			}
		})
	}
}

// A byline's shape does not depend on the width of its digits: a list of
// posts whose stamps print ２０２４-０５-０６ is the same list.
func TestBylineKeyWidth(t *testing.T) {
	ascii := "作者：张三 2024-05-06 10:05 阅读 120"
	c, _ := classifyLine(ascii)
	want := bylineKey(ascii, c)
	if want == "" {
		t.Fatalf("bylineKey(%q) is empty", ascii)
	}
	wide := "作者：张三 ２０２４-０５-０６ １０:０５ 阅读 １２０"
	c, _ = classifyLine(wide)
	if got := bylineKey(wide, c); got != want {
		t.Errorf("bylineKey(%q) = %q, want %q", wide, got, want)
	}
}
