package sample

// city is one of Guangdong's 21 prefecture-level cities (their real division codes and names,
// as data/cities.csv lists them) with what the generator needs to place enterprises in it.
type city struct {
	code     string
	name     string
	nameEN   string
	abbr     string   // the one-character (or short) form used in document numbers: 佛环示〔…〕
	weight   int      // relative share of listed enterprises: the Pearl River Delta holds most industry
	counties []string // districts, counties and county-level cities (towns for Dongguan and Zhongshan)
}

// cities are in the order of their division codes; an enterprise's credit code carries the
// city's 1-based position in this list.
var cities = []city{
	{"440100", "广州市", "Guangzhou", "穗", 30, []string{"越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区"}},
	{"440200", "韶关市", "Shaoguan", "韶", 12, []string{"武江区", "浈江区", "曲江区", "乐昌市", "南雄市", "仁化县", "始兴县", "翁源县", "新丰县", "乳源瑶族自治县"}},
	{"440300", "深圳市", "Shenzhen", "深", 28, []string{"罗湖区", "福田区", "南山区", "宝安区", "龙岗区", "盐田区", "龙华区", "坪山区", "光明区"}},
	{"440400", "珠海市", "Zhuhai", "珠", 8, []string{"香洲区", "斗门区", "金湾区"}},
	{"440500", "汕头市", "Shantou", "汕", 22, []string{"龙湖区", "金平区", "濠江区", "潮阳区", "潮南区", "澄海区", "南澳县"}},
	{"440600", "佛山市", "Foshan", "佛", 40, []string{"禅城区", "南海区", "顺德区", "三水区", "高明区"}},
	{"440700", "江门市", "Jiangmen", "江", 22, []string{"蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"}},
	{"440800", "湛江市", "Zhanjiang", "湛", 10, []string{"赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市"}},
	{"440900", "茂名市", "Maoming", "茂", 10, []string{"茂南区", "电白区", "高州市", "化州市", "信宜市"}},
	{"441200", "肇庆市", "Zhaoqing", "肇", 14, []string{"端州区", "鼎湖区", "高要区", "四会市", "广宁县", "怀集县", "封开县", "德庆县"}},
	{"441300", "惠州市", "Huizhou", "惠", 20, []string{"惠城区", "惠阳区", "博罗县", "惠东县", "龙门县"}},
	{"441400", "梅州市", "Meizhou", "梅", 6, []string{"梅江区", "梅县区", "兴宁市", "大埔县", "丰顺县", "五华县", "平远县", "蕉岭县"}},
	{"441500", "汕尾市", "Shanwei", "汕尾", 5, []string{"城区", "海丰县", "陆丰市", "陆河县"}},
	{"441600", "河源市", "Heyuan", "河", 6, []string{"源城区", "东源县", "和平县", "龙川县", "紫金县", "连平县"}},
	{"441700", "阳江市", "Yangjiang", "阳", 7, []string{"江城区", "阳东区", "阳春市", "阳西县"}},
	{"441800", "清远市", "Qingyuan", "清", 14, []string{"清城区", "清新区", "英德市", "连州市", "佛冈县", "阳山县", "连山壮族瑶族自治县", "连南瑶族自治县"}},
	{"441900", "东莞市", "Dongguan", "东", 38, []string{"长安镇", "虎门镇", "厚街镇", "塘厦镇", "常平镇", "麻涌镇", "沙田镇", "石排镇", "大朗镇", "中堂镇"}},
	{"442000", "中山市", "Zhongshan", "中", 20, []string{"火炬开发区", "小榄镇", "古镇镇", "黄圃镇", "三角镇", "南头镇", "东凤镇", "坦洲镇"}},
	{"445100", "潮州市", "Chaozhou", "潮", 12, []string{"湘桥区", "潮安区", "饶平县"}},
	{"445200", "揭阳市", "Jieyang", "揭", 14, []string{"榕城区", "揭东区", "揭西县", "惠来县", "普宁市"}},
	{"445300", "云浮市", "Yunfu", "云", 8, []string{"云城区", "云安区", "罗定市", "新兴县", "郁南县"}},
}

// cityIndex returns the position of a city code in cities, or -1.
func cityIndex(code string) int {
	for i, c := range cities {
		if c.code == code {
			return i
		}
	}
	return -1
}
