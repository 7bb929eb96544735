package store

// zdict is the zstd dictionary (raw content, id 1) of values packed with
// codecDict: the shape of a stored record and of document metadata, rule
// names and common words of policy text, so that a small value does not
// pay for spelling them out. It is part of the schema: a database written
// with it can only be read with it, so it never changes within a schema
// version. It holds no document text.
const zdict = `{"source":"","path":"","format":"jsonl","encoding":"utf-8","title":"","date":"2024-01-01","hash":"","rules":"","jurisdiction":"","bytes":0}` +
	`{"source":"","path":"","format":"markdown","encoding":"gb18030","bytes":0}{"format":"html","encoding":"utf-8-bom"}{"format":"text","encoding":"big5"}` +
	`"rule":"region.gazetteer""rule":"region.deixis""rule":"agency.gazetteer""rule":"agency.body""rule":"plan.title""rule":"plan.issuer"` +
	`"rule":"quantity.count""rule":"quantity.percent""rule":"quantity.points""rule":"amount.money"` +
	`"currency":"CNY","qualifier":"=","qualifier":">=","qualifier":">","qualifier":"<=","qualifier":"<","qualifier":"~",` +
	`"unit":"%","unit":"元","unit":"家","unit":"个","unit":"项","unit":"亿元","unit":"万元","unit":"人","unit":"万人","unit":"吨",` +
	`"year":2025,"year":2024,"year":2023,"year":2030,"year":2035,"year":null,"region":null,` +
	`,"ambiguous":[{"kind":"region","text":"","candidates":[],"span":{"start":0,"end":0}}]` +
	`"optional":{"regions":[],"agencies":[],"plans":[],"amounts":[],"targets":[]},` +
	`"edge_refs":[{"f":"document:","r":"mentions","t":"region:"},{"f":"region:","r":"part_of","t":"region:"},{"f":"region:","r":"member_of","t":"region:"},` +
	`{"f":"agency:","r":"located_in","t":"region:"},{"f":"plan:","r":"issued_by","t":"agency:"},{"f":"plan:","r":"applies_to","t":"region:"},` +
	`{"f":"target:","r":"set_by","t":"plan:"},{"f":"target:","r":"set_by","t":"agency:"},{"f":"target:","r":"applies_to","t":"region:"},` +
	`{"f":"amount:","r":"funds","t":"plan:"},{"f":"amount:","r":"applies_to","t":"region:"},{"f":"document:","r":"mentions","t":"target:"},` +
	`{"f":"document:","r":"mentions","t":"amount:"},{"f":"document:","r":"mentions","t":"agency:"},{"f":"document:","r":"mentions","t":"plan:"}],` +
	`"node_ids":["document:","region:","agency:","plan:","amount:","target:"],"sum":"",` +
	`{"doc":"","regions":[],"agencies":[],"plans":[],"amounts":[{"text":"","value":0,"value_max":0,"currency":"CNY","qualifier":"=","span":{"start":0,"end":0},"rule":"amount.money"}],` +
	`"targets":[{"text":"","metric":"","value":0,"value_max":0,"unit":"","qualifier":"=","year":2025,"region":"","plan":"","agency":"","span":{"start":0,"end":0},"rule":"quantity.count"}],` +
	`省人民政府办公厅关于印发的通知市人民政府发展和改革委员会工业和信息化厅局科学技术厅财政厅商务厅生态环境厅住房和城乡建设农业农村` +
	`国务院国家发展改革委员会行动计划实施方案发展规划十四五规划纲要意见通知办法年行动计划(2023-2025年)（2021-2025年）` +
	`到2025年，全省全市培育企业达到增长提高突破超过不少于以上左右万亿元亿元万元投入资金项目产业集群数字经济高质量发展增加值营业收入` +
	`北京市天津市上海市重庆市河北省山西省辽宁省吉林省黑龙江省江苏省浙江省安徽省福建省江西省山东省河南省湖北省湖南省广东省海南省四川省贵州省云南省陕西省甘肃省青海省` +
	`内蒙古自治区广西壮族自治区西藏自治区宁夏回族自治区新疆维吾尔自治区深圳市广州市杭州市南京市苏州市成都市武汉市西安市长三角粤港澳大湾区京津冀` +
	`"level":"province","level":"city","level":"county","level":"economic","code":"","parent":"","metric":"","value":"","text":""`
