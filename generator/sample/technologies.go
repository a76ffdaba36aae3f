package sample

import "cpportal/domain"

// technology is a demonstration technology of the library: what it solves, what it costs and
// saves, and text variants for each section of a case study. Placeholders {a}, {b}, {c} take
// seeded numbers from vars; {short} is the enterprise's short name.
type technology struct {
	slug, name, problem string
	codes               []string // industry codes it applies to
	cost                domain.CostClass
	invest              span            // 万元, scaled by the enterprise's size
	reduce              map[string]span // benefit key → yearly amount, scaled by size
	vars                [3]span         // {a}, {b}, {c}
	problems, solutions []string        // paragraph variants
	scope               string          // applicability, shown in most cases
}

var (
	dyeingCodes   = []string{"1713", "1752", "1762"}
	paperCodes    = []string{"2211", "2221", "2222"}
	platingCodes  = []string{"3360"}
	powerCodes    = []string{"4411", "4412"}
	chemicalCodes = []string{"2614", "2651", "2641", "2710"}
)

var technologies = []technology{
	{slug: "counterflow-rinsing-cold-pad-batch", name: "逆流漂洗与冷轧堆前处理", problem: "前处理和水洗工序耗水、耗汽大，废水化学需氧量高",
		codes: dyeingCodes, cost: domain.CostHigh, invest: span{120, 420},
		reduce: map[string]span{"water": {60000, 260000}, "cod": {12, 70}, "energy": {300, 1400}},
		vars:   [3]span{{18, 32}, {9, 16}, {3, 6}},
		problems: []string{
			"{short}原有前处理采用传统煮练、漂白工艺，水洗槽单槽溢流，吨布综合耗水约{a}吨，蒸汽消耗居高不下，前处理废水占全厂化学需氧量负荷的一半以上。",
			"审核发现，企业水洗工序各槽独立补水、独立排放，清水直接进入末道水洗后即被排走，洗涤效率低；煮练工序需长时间高温汽蒸，吨布耗水约{a}吨。",
		},
		solutions: []string{
			"企业将平幅水洗机改为多格逆流漂洗，清水只从末格补入，逐格向前流动；同时对纯棉和涤棉织物采用冷轧堆前处理，浸轧工作液后室温堆置{c}小时左右，省去高温煮练。改造后吨布耗水降至约{b}吨。",
			"改造分两步：一是水洗单元改为逆流串联并加装流量计和温控阀，按织物品种设定补水量；二是新建冷轧堆前处理线，以复合酶和低浓度双氧水在常温下退浆、煮练，堆置{c}小时后水洗。吨布耗水由{a}吨降至{b}吨。",
		},
		scope: "适用于棉及涤棉机织物的退浆、煮练和漂白，对厚重织物需适当延长堆置时间；已有连续水洗设备的企业改造量较小。",
	},
	{slug: "dyeing-reclaimed-water-reuse", name: "印染废水深度处理与中水回用", problem: "新鲜水取用量大，废水排放量和污染物排放总量超出总量指标",
		codes: dyeingCodes, cost: domain.CostHigh, invest: span{300, 900},
		reduce: map[string]span{"water": {200000, 800000}, "cod": {30, 120}, "nh3n": {2, 9}},
		vars:   [3]span{{3000, 9000}, {40, 60}, {1500, 5000}},
		problems: []string{
			"{short}日排废水约{a}吨，处理后全部外排，企业所在区域化学需氧量和氨氮总量指标趋紧，扩产项目因无总量而难以落地。",
			"企业用水全部取自地表水厂，日用水约{a}吨；废水经生化处理后达标排放，但排放总量逐年接近核定的总量指标。",
		},
		solutions: []string{
			"在原生化处理系统之后增设混凝沉淀、砂滤和超滤—反渗透双膜系统，回用水用于前处理、水洗和锅炉补水，回用率约{b}%，浓水经高级氧化后达标排放。",
			"企业新建日处理{c}吨的中水回用站，采用“生化出水—臭氧催化氧化—超滤—反渗透”工艺，回用水电导率和色度满足漂染用水要求，回用率达{b}%左右。",
		},
		scope: "适用于日排水量较大、有稳定生化处理系统的印染企业；回用于染色工序前应按品种开展小样试验。",
	},
	{slug: "stenter-exhaust-heat-recovery", name: "定型机废气余热回收与油烟净化", problem: "定型机排气温度高、热能浪费，废气含油烟",
		codes: dyeingCodes, cost: domain.CostMedium, invest: span{25, 48},
		reduce: map[string]span{"energy": {200, 900}},
		vars:   [3]span{{160, 200}, {4, 8}, {60, 80}},
		problems: []string{
			"{short}有{b}台热定型机，排气温度约{a}℃，大量热量随废气直接排放，车间油烟味明显，周边居民时有投诉。",
			"定型工序是企业能耗最大的环节之一。审核测得定型机排风温度达{a}℃，排气中夹带油烟和颗粒物。",
		},
		solutions: []string{
			"在每台定型机排风管加装气—气热交换器，用排气预热进风，回收后的热风送回烘箱；热交换器后设水喷淋和静电除油装置，废油集中回收。排风温度降至{c}℃左右。",
			"企业为{b}台定型机配套热管式余热回收器和高压静电油烟净化器，回收热量用于预热新风和加热工艺用水，排风温度降至约{c}℃。",
		},
		scope: "适用于以导热油或燃气加热的热定型机；高油剂织物应加强换热器的定期清洗。",
	},
	{slug: "low-liquor-ratio-dyeing", name: "小浴比气流染色", problem: "溢流染色机浴比大，染色用水、用汽和染化料消耗高",
		codes: dyeingCodes, cost: domain.CostHigh, invest: span{150, 500},
		reduce: map[string]span{"water": {50000, 250000}, "cod": {8, 45}, "energy": {200, 1100}},
		vars:   [3]span{{8, 12}, {3, 5}, {10, 30}},
		problems: []string{
			"{short}染色车间以常温溢流染色机为主，浴比约1∶{a}，每缸染色和水洗耗水多，染料上染率偏低，残液色度高。",
			"企业现有染色设备浴比在1∶{a}左右，升温慢、能耗高，且各缸之间重现性差，回修率较高。",
		},
		solutions: []string{
			"分批淘汰老旧溢流机，更换{c}台气流染色机，浴比降至1∶{b}；配套染色工艺在线控制系统，实现升温曲线和加料的自动控制。",
			"企业以小浴比气流染色机替换高浴比设备共{c}台，浴比1∶{b}，并将中控系统与染化料自动配送联网，一次成功率明显提高。",
		},
		scope: "适用于针织、机织物的间歇式染色；改造时宜同步建设染化料自动配送系统。",
	},
	{slug: "white-water-disc-filter", name: "白水回收与多圆盘过滤", problem: "纸机白水外排量大，纤维和填料流失，废水化学需氧量负荷高",
		codes: paperCodes, cost: domain.CostHigh, invest: span{200, 700},
		reduce: map[string]span{"water": {300000, 1500000}, "cod": {40, 220}},
		vars:   [3]span{{25, 40}, {8, 14}, {90, 97}},
		problems: []string{
			"{short}纸机网部和压榨部白水大部分直接进入污水站，吨纸耗水约{a}立方米，浆料纤维和填料随白水流失，污水处理负荷大。",
			"审核发现企业白水回收系统能力不足，多余白水溢流排放，吨纸耗水约{a}立方米，化学需氧量排放量接近总量指标。",
		},
		solutions: []string{
			"企业新建多圆盘过滤机回收白水中的纤维，浊滤液回用于浆料稀释，清滤液和超清滤液回用于网部喷淋；实行白水分级循环，吨纸耗水降至约{b}立方米，纤维回收率约{c}%。",
			"以多圆盘过滤机替代斜网，建立“浓白水—多圆盘—清白水”分级回用系统，清白水替代清水用于纸机喷淋和化学品稀释，吨纸耗水约{b}立方米。",
		},
		scope: "适用于以废纸或商品浆为原料的箱板纸、瓦楞纸和文化用纸生产线。",
	},
	{slug: "paper-machine-vacuum-energy", name: "纸机真空系统节能改造", problem: "水环真空泵电耗高、用水量大",
		codes: paperCodes, cost: domain.CostMedium, invest: span{30, 49},
		reduce: map[string]span{"energy": {300, 1500}, "water": {20000, 90000}},
		vars:   [3]span{{6, 12}, {25, 40}, {2, 4}},
		problems: []string{
			"{short}纸机配置{a}台水环真空泵，长期满负荷运行，密封水用量大，真空系统电耗占纸机电耗的{b}%左右。",
			"纸机真空系统设计余量过大，真空度靠放气阀调节，造成电能浪费；水环泵密封水直接外排。",
		},
		solutions: []string{
			"企业以透平真空风机替代部分水环真空泵，按各真空点需求分级配置，并增设密封水回收系统；改造后真空系统电耗下降约{b}%。",
			"对真空系统进行测试评估后，合并真空等级，停用{c}台水环泵，其余泵加装变频控制，密封水经冷却过滤后循环使用。",
		},
		scope: "适用于车速较高、真空系统能耗较大的纸机；改造前需进行真空系统测试。",
	},
	{slug: "paper-anaerobic-biogas", name: "造纸废水厌氧处理与沼气利用", problem: "废水有机负荷高，好氧处理电耗大，污泥产量多",
		codes: paperCodes, cost: domain.CostHigh, invest: span{300, 900},
		reduce: map[string]span{"cod": {80, 400}, "energy": {600, 3000}},
		vars:   [3]span{{2500, 4500}, {5000, 15000}, {65, 80}},
		problems: []string{
			"{short}以废纸为原料，废水化学需氧量浓度约{a}毫克/升，原处理系统以好氧工艺为主，曝气电耗大，剩余污泥多。",
			"企业污水站进水有机负荷高、波动大，出水化学需氧量时有超标，且好氧处理单元能耗居高不下。",
		},
		solutions: []string{
			"在好氧处理之前新建内循环（IC）厌氧反应器，化学需氧量去除率约{c}%，日产沼气约{b}立方米，经脱硫后送锅炉燃烧替代部分燃煤。",
			"企业采用“预处理—IC厌氧—好氧—深度处理”工艺改造污水站，厌氧段日产沼气{b}立方米左右，全部用于蒸汽锅炉。",
		},
		scope: "适用于废水化学需氧量浓度较高的废纸造纸和制浆企业。",
	},
	{slug: "plating-drag-out-counterflow", name: "镀件回收槽与逆流漂洗", problem: "镀件带出液多，漂洗水用量大，重金属进入废水",
		codes: platingCodes, cost: domain.CostMedium, invest: span{12, 45},
		reduce: map[string]span{"water": {5000, 40000}, "heavymetal": {0.05, 0.6}},
		vars:   [3]span{{3, 6}, {2, 3}, {60, 85}},
		problems: []string{
			"{short}电镀线镀后采用单级漂洗，镀件和挂具带出的镀液全部进入漂洗水，漂洗水用量大，含镍、含铬废水处理负荷高。",
			"审核测算，企业各镀种单位面积漂洗水用量偏高，镀液带出损失约占镀液消耗的{b}成，重金属随废水进入处理站。",
		},
		solutions: []string{
			"在各镀槽后增设{c}%以上回收率的静止回收槽，回收液定期补回镀槽；漂洗改为{b}级逆流漂洗，并延长镀件出槽滴液时间，挂具改进以减少兜液。",
			"企业在镀镍、镀铬工位后设置回收槽和{a}级逆流漂洗槽，配合喷淋清洗，回收液经浓缩后回用于镀槽，镀液带出回收率约{c}%。",
		},
		scope: "适用于挂镀和滚镀生产线，镀镍、镀铬、镀铜等镀种均可采用。",
	},
	{slug: "chromium-membrane-recovery", name: "含铬废水膜分离回收", problem: "含铬漂洗水处理产生大量含铬污泥，铬酸流失",
		codes: platingCodes, cost: domain.CostHigh, invest: span{60, 260},
		reduce: map[string]span{"heavymetal": {0.1, 0.9}, "water": {10000, 60000}},
		vars:   [3]span{{20, 60}, {85, 95}, {60, 80}},
		problems: []string{
			"{short}含铬漂洗水每日约{a}吨，经还原沉淀处理后产生大量含铬污泥，需作为危险废物处置，铬酸原料损耗大。",
			"企业镀铬线漂洗水六价铬浓度较高，原采用化学还原法处理，药剂消耗大，污泥处置费用逐年上升。",
		},
		solutions: []string{
			"企业采用“预过滤—纳滤—反渗透”膜组合工艺处理含铬漂洗水，浓缩液经蒸发后回用于镀槽，淡水回用于漂洗，水回用率约{c}%，铬回收率约{b}%。",
			"新建含铬废水膜分离回收装置，漂洗水经保安过滤后进入纳滤膜，浓缩液回镀槽，透过液经反渗透后作漂洗用水，实现含铬漂洗水闭路循环。",
		},
		scope: "适用于镀硬铬、装饰铬等含铬漂洗水的回收，也可推广用于镍回收。",
	},
	{slug: "trivalent-chromium-plating", name: "三价铬镀铬替代六价铬工艺", problem: "六价铬镀液毒性大，废水和废气治理难度高",
		codes: platingCodes, cost: domain.CostHigh, invest: span{50, 180},
		reduce: map[string]span{"heavymetal": {0.05, 0.4}},
		vars:   [3]span{{200, 350}, {5, 10}, {2, 4}},
		problems: []string{
			"{short}装饰性镀铬采用传统六价铬镀液，铬酐浓度约{a}克/升，镀铬废气和漂洗水中六价铬含量高，属于使用有毒有害原料的企业。",
			"企业镀铬工序使用高浓度铬酐镀液，电流效率低，铬雾治理和六价铬废水处理费用高。",
		},
		solutions: []string{
			"企业将{c}条装饰铬生产线改为三价铬镀铬工艺，镀液铬含量仅为原来的十分之一左右，漂洗水不再含六价铬，含铬废水改为沉淀法直接处理。",
			"经小试和中试后，企业以硫酸盐体系三价铬镀液替代六价铬镀液，配套阳极和整流设备改造，镀层外观和耐蚀性满足客户要求。",
		},
		scope: "适用于装饰性镀铬；功能性硬铬需按产品要求论证。",
	},
	{slug: "cement-waste-heat-power", name: "水泥窑纯低温余热发电", problem: "窑头窑尾废气余热未利用，熟料综合电耗高",
		codes: []string{"3011"}, cost: domain.CostHigh, invest: span{1500, 3000},
		reduce: map[string]span{"energy": {8000, 25000}},
		vars:   [3]span{{4, 9}, {30, 40}, {2500, 5000}},
		problems: []string{
			"{short}熟料生产线窑头冷却机和窑尾预热器排出的废气温度较高，余热未加利用，全厂用电全部外购，吨熟料电耗偏高。",
			"企业日产熟料{c}吨，窑头、窑尾废气余热直接排放，既浪费能源，又加重了增湿塔和收尘设备的负担。",
		},
		solutions: []string{
			"企业在窑头设AQC锅炉、窑尾设SP锅炉，配套{a}兆瓦凝汽式汽轮发电机组，吨熟料余热发电约{b}千瓦时，所发电量全部自用。",
			"建设纯低温余热发电系统，装机{a}兆瓦，利用窑头冷却机和窑尾预热器废气余热产汽发电，年发电量可满足全厂约三成用电。",
		},
		scope: "适用于日产2500吨及以上的新型干法水泥熟料生产线。",
	},
	{slug: "cement-low-nox-sncr", name: "分级燃烧与SNCR脱硝", problem: "回转窑氮氧化物排放浓度接近限值，总量指标紧张",
		codes: []string{"3011"}, cost: domain.CostHigh, invest: span{300, 900},
		reduce: map[string]span{"nox": {300, 1500}},
		vars:   [3]span{{500, 750}, {200, 320}, {1, 2}},
		problems: []string{
			"{short}窑尾氮氧化物排放浓度约{a}毫克/立方米，接近排放限值，企业所在区域氮氧化物总量指标紧张。",
			"审核发现企业分解炉燃烧组织不合理，局部高温区氮氧化物生成量大，窑尾排放浓度波动明显。",
		},
		solutions: []string{
			"企业对分解炉进行分级燃烧改造，并建设SNCR脱硝系统，以氨水为还原剂在分解炉出口喷入，窑尾氮氧化物浓度降至{b}毫克/立方米左右。",
			"改造采用“低氮燃烧器+分解炉分级燃烧+SNCR”组合技术，还原剂喷枪分{c}层布置，并根据在线监测数据自动调节喷氨量。",
		},
		scope: "适用于新型干法水泥熟料生产线；氨逃逸需纳入在线监测。",
	},
	{slug: "glass-oxy-fuel-combustion", name: "玻璃熔窑全氧燃烧", problem: "熔窑燃料消耗大，烟气量大、氮氧化物浓度高",
		codes: []string{"3041"}, cost: domain.CostHigh, invest: span{1200, 3000},
		reduce: map[string]span{"energy": {3000, 9000}, "nox": {200, 900}},
		vars:   [3]span{{500, 800}, {60, 80}, {15, 25}},
		problems: []string{
			"{short}浮法玻璃熔窑以空气助燃，日熔化量约{a}吨，大量氮气被加热后排放，燃料消耗和氮氧化物排放量均较高。",
			"企业熔窑烟气中氮氧化物浓度高，原有治理设施运行成本大，熔窑热效率偏低。",
		},
		solutions: []string{
			"企业利用熔窑冷修之机改为全氧燃烧，配套制氧站，烟气量减少约{b}%，单位产品燃料消耗下降约{c}%，烟气进入余热锅炉和脱硝装置后排放。",
			"熔窑改造为全氧燃烧窑型，采用低温制氧供氧，燃烧器按熔化曲线布置，烟气量和氮氧化物产生量大幅下降。",
		},
		scope: "适用于浮法玻璃和日用玻璃熔窑的新建或冷修改造。",
	},
	{slug: "ceramic-kiln-heat-recovery", name: "陶瓷辊道窑余热回用", problem: "辊道窑冷却段余热直接排放，干燥工序另耗燃料",
		codes: []string{"3071"}, cost: domain.CostMedium, invest: span{20, 49},
		reduce: map[string]span{"energy": {500, 3000}},
		vars:   [3]span{{200, 300}, {2, 5}, {10, 20}},
		problems: []string{
			"{short}有{b}条辊道窑，急冷段和缓冷段抽出的热风温度约{a}℃，直接排空，而坯体干燥窑另用燃气加热。",
			"企业烧成工序燃料消耗占全厂能耗的大头，窑炉冷却段余热没有利用，干燥工序燃料消耗高。",
		},
		solutions: []string{
			"企业将辊道窑冷却段热风经保温管道引至干燥窑和喷雾干燥塔，替代部分燃料；同时对窑体加厚保温，单位产品燃料消耗下降约{c}%。",
			"对{b}条辊道窑加装余热抽风和换热装置，余热用于坯体干燥和助燃风预热，干燥窑燃气用量明显下降。",
		},
		scope: "适用于建筑陶瓷和卫生陶瓷辊道窑、隧道窑。",
	},
	{slug: "ceramic-clean-fuel", name: "窑炉清洁燃料替代", problem: "以水煤气为燃料，二氧化硫和氮氧化物排放大，煤气站产生含酚废水",
		codes: []string{"3071"}, cost: domain.CostHigh, invest: span{200, 700},
		reduce: map[string]span{"so2": {30, 200}, "nox": {20, 100}},
		vars:   [3]span{{2, 6}, {80, 95}, {3, 8}},
		problems: []string{
			"{short}以自建煤气发生炉产生的水煤气为窑炉燃料，烟气二氧化硫浓度高，煤气站还产生含酚废水和焦油，环境风险大。",
			"企业{a}台煤气发生炉为窑炉和喷雾塔供气，燃料含硫量波动大，烟气治理设施负荷重。",
		},
		solutions: []string{
			"企业拆除煤气发生炉，接入管道天然气，对窑炉烧嘴和燃烧控制系统进行改造；烟气二氧化硫浓度下降约{b}%，不再产生含酚废水。",
			"实施“煤改气”，{c}条窑炉全部改用天然气，喷雾干燥塔改用天然气热风炉，并同步更换高效低氮烧嘴。",
		},
		scope: "适用于有管道天然气供应条件的陶瓷企业。",
	},
	{slug: "power-low-nox-scr", name: "低氮燃烧改造与SCR脱硝", problem: "燃煤机组氮氧化物排放浓度高，需满足超低排放要求",
		codes: powerCodes, cost: domain.CostHigh, invest: span{1500, 3000},
		reduce: map[string]span{"nox": {800, 4000}},
		vars:   [3]span{{300, 450}, {30, 50}, {2, 4}},
		problems: []string{
			"{short}燃煤机组原设计燃烧器氮氧化物生成浓度约{a}毫克/立方米，原有脱硝设施效率不足，难以满足超低排放要求。",
			"企业{c}台燃煤机组氮氧化物排放量大，所在区域氮氧化物总量指标紧张，被列为强制性清洁生产审核对象。",
		},
		solutions: []string{
			"企业对锅炉实施低氮燃烧器改造，采用空气分级燃烧，炉膛出口氮氧化物浓度明显下降；同时对SCR脱硝装置增加备用层催化剂，排放浓度稳定在{b}毫克/立方米以下。",
			"改造采用“低氮燃烧器+燃尽风+SCR”组合，SCR反应器增设一层催化剂并优化喷氨格栅，氮氧化物排放浓度降至{b}毫克/立方米以下。",
		},
		scope: "适用于燃煤发电和热电联产机组；低负荷时需关注SCR入口烟温。",
	},
	{slug: "power-fgd-upgrade", name: "湿法脱硫增效改造", problem: "脱硫效率不足，二氧化硫排放接近总量指标",
		codes: powerCodes, cost: domain.CostHigh, invest: span{800, 2500},
		reduce: map[string]span{"so2": {800, 5000}},
		vars:   [3]span{{95, 97}, {99, 99.5}, {20, 35}},
		problems: []string{
			"{short}石灰石—石膏湿法脱硫系统设计效率约{a}%，燃用高硫煤时二氧化硫排放浓度接近限值。",
			"企业脱硫塔喷淋层数不足、浆液循环量偏小，脱硫效率随煤种波动，二氧化硫排放总量接近核定指标。",
		},
		solutions: []string{
			"企业对脱硫塔增设喷淋层和合金托盘，更换高效雾化喷嘴，脱硫效率提高到{b}%以上，二氧化硫排放浓度稳定在{c}毫克/立方米以下。",
			"采用单塔双循环技术改造脱硫系统，提高液气比并加装管束式除雾器，出口二氧化硫浓度低于{c}毫克/立方米。",
		},
		scope: "适用于采用石灰石—石膏湿法脱硫的燃煤机组。",
	},
	{slug: "power-turbine-retrofit", name: "汽轮机通流改造", problem: "机组供电煤耗高于同类先进水平",
		codes: powerCodes, cost: domain.CostHigh, invest: span{1500, 3000},
		reduce: map[string]span{"energy": {15000, 60000}, "so2": {20, 200}, "nox": {20, 150}},
		vars:   [3]span{{310, 330}, {8, 15}, {300, 600}},
		problems: []string{
			"{short}机组投运时间较长，汽轮机通流部分效率下降，供电煤耗约{a}克标准煤/千瓦时，高于同类机组先进水平。",
			"审核对标发现，企业机组汽轮机缸效率偏低，汽封间隙大，供电煤耗偏高。",
		},
		solutions: []string{
			"企业对{c}兆瓦机组汽轮机高中压缸通流部分进行改造，采用新型叶型和汽封，供电煤耗下降约{b}克标准煤/千瓦时。",
			"结合机组大修，对汽轮机通流部分和汽封系统实施改造，配套优化回热系统，机组热耗率明显下降。",
		},
		scope: "适用于投运十年以上、通流效率下降的亚临界和超临界机组。",
	},
	{slug: "power-circulating-water-reuse", name: "循环水排污水回用", problem: "循环冷却水排污量大，新鲜水取用量高",
		codes: powerCodes, cost: domain.CostMedium, invest: span{30, 49},
		reduce: map[string]span{"water": {80000, 500000}},
		vars:   [3]span{{3, 4}, {5, 6}, {60, 80}},
		problems: []string{
			"{short}循环冷却水浓缩倍率约{a}倍，排污水直接外排，新鲜水取用量大。",
			"企业循环水系统水质控制粗放，浓缩倍率偏低，排污量大，脱硫和输煤系统仍使用新鲜水。",
		},
		solutions: []string{
			"企业优化循环水阻垢缓蚀方案，浓缩倍率提高到{b}倍，排污水经过滤后回用于脱硫制浆、输煤冲洗和除灰，回用率约{c}%。",
			"新建循环水排污水处理回用装置，处理后回用于脱硫系统和灰渣系统，同时提高循环水浓缩倍率至{b}倍。",
		},
		scope: "适用于采用湿冷循环冷却系统的火电和热电企业。",
	},
	{slug: "pcb-etchant-regeneration", name: "蚀刻液在线再生与铜回收", problem: "废蚀刻液产生量大，含铜废水处理负荷高",
		codes: []string{"3982"}, cost: domain.CostHigh, invest: span{80, 300},
		reduce: map[string]span{"heavymetal": {0.1, 1.2}, "water": {5000, 30000}},
		vars:   [3]span{{30, 120}, {90, 98}, {50, 200}},
		problems: []string{
			"{short}酸性蚀刻工序每月产生废蚀刻液约{a}吨，需作为危险废物委外处置，蚀刻液补加量大，含铜废水处理负荷高。",
			"企业蚀刻液含铜量高、更换频繁，废液外运处置费用高，且存在运输环节的环境风险。",
		},
		solutions: []string{
			"企业建设酸性蚀刻液在线电解再生系统，蚀刻液中的铜以阴极铜形式回收，再生液回用于蚀刻线，蚀刻液循环利用率约{b}%，每月回收阴极铜约{c}吨。",
			"在蚀刻线旁建设在线再生装置，采用膜电解技术提铜并再生氧化剂，蚀刻液实现闭路循环，不再外运废蚀刻液。",
		},
		scope: "适用于印制电路板酸性和碱性蚀刻工序。",
	},
	{slug: "tanning-chrome-recycling", name: "高吸收铬鞣与含铬废液循环", problem: "铬鞣剂吸收率低，含铬废液排放量大",
		codes: []string{"1910"}, cost: domain.CostMedium, invest: span{20, 49},
		reduce: map[string]span{"heavymetal": {0.2, 1.5}, "cod": {5, 40}, "nh3n": {1, 8}},
		vars:   [3]span{{65, 75}, {90, 95}, {30, 40}},
		problems: []string{
			"{short}传统铬鞣工艺铬吸收率仅约{a}%，大量铬随鞣制废液进入废水，含铬污泥产生量大。",
			"企业鞣制工序铬粉用量大，含铬废液与综合废水混合处理，铬难以回收，污泥属危险废物。",
		},
		solutions: []string{
			"企业采用高吸收铬鞣剂和助剂，铬吸收率提高到{b}%以上；鞣制废液单独收集，经碱沉淀—酸溶后回用于鞣制，铬鞣剂用量减少约{c}%。",
			"实施含铬废液分流和循环鞣制，废铬液经过滤调配后直接回用于下一批次鞣制，配合高吸收铬鞣工艺，铬排放大幅下降。",
		},
		scope: "适用于牛皮、猪皮、羊皮的铬鞣工序。",
	},
	{slug: "chemical-solvent-recovery", name: "溶剂冷凝回收与密闭化改造", problem: "有机溶剂挥发损失大，废气和高浓度废水处理负荷高",
		codes: chemicalCodes, cost: domain.CostMedium, invest: span{25, 49},
		reduce: map[string]span{"cod": {5, 40}, "energy": {100, 800}},
		vars:   [3]span{{100, 400}, {85, 95}, {3, 6}},
		problems: []string{
			"{short}反应、蒸馏和干燥工序有机溶剂挥发损失大，年溶剂补充量约{a}吨，无组织废气明显，部分溶剂进入废水。",
			"企业溶剂回收采用常规冷却水冷凝，回收率低，尾气直接进入废气处理设施，处理负荷大。",
		},
		solutions: []string{
			"企业对反应釜和储罐实施密闭改造，采用{c}级深冷冷凝回收溶剂，溶剂回收率提高到{b}%左右，不凝气送蓄热式焚烧装置处理。",
			"增设冷冻盐水深冷冷凝和活性炭吸附回收装置，回收溶剂经精馏后回用，同时将溶剂储罐改为内浮顶罐并实施氮封。",
		},
		scope: "适用于使用甲苯、丙酮、乙酸乙酯等有机溶剂的化工、制药和涂料企业。",
	},
	{slug: "smelting-acid-tail-gas", name: "制酸尾气深度脱硫", problem: "冶炼烟气制酸尾气二氧化硫浓度偏高",
		codes: []string{"3211", "3212"}, cost: domain.CostHigh, invest: span{500, 1800},
		reduce: map[string]span{"so2": {200, 1500}, "heavymetal": {0.05, 0.5}},
		vars:   [3]span{{300, 500}, {50, 100}, {99, 99.8}},
		problems: []string{
			"{short}冶炼烟气经两转两吸制酸后，尾气二氧化硫浓度约{a}毫克/立方米，排放总量接近核定指标，低空污染时有投诉。",
			"企业制酸系统转化率偏低，尾气二氧化硫浓度波动大，开停炉期间更为明显。",
		},
		solutions: []string{
			"企业在制酸尾气后增设有机胺（或离子液）吸收脱硫装置，解吸的二氧化硫返回制酸系统，尾气二氧化硫浓度降至{b}毫克/立方米以下，总转化率约{c}%。",
			"对转化器催化剂进行更换，并新建尾气深度脱硫装置，副产物回用于制酸，尾气稳定达标排放。",
		},
		scope: "适用于铜、铅、锌冶炼烟气制酸企业。",
	},
	{slug: "sugar-vinasse-concentration", name: "糖蜜酒精废液浓缩燃烧", problem: "糖蜜酒精废液化学需氧量极高，处理难度大",
		codes: []string{"1340"}, cost: domain.CostHigh, invest: span{600, 2000},
		reduce: map[string]span{"cod": {500, 2500}, "energy": {300, 2000}},
		vars:   [3]span{{80000, 120000}, {50, 60}, {10, 20}},
		problems: []string{
			"{short}配套酒精车间以糖蜜为原料，废液化学需氧量高达{a}毫克/升，原用于灌溉，存在污染地下水的风险。",
			"企业糖蜜酒精废液产生量大、浓度高，常规生化处理难以达标，成为企业主要污染源。",
		},
		solutions: []string{
			"企业建设多效蒸发浓缩装置，将废液浓缩至固形物含量{b}%左右后送专用锅炉焚烧，产生的蒸汽回用于蒸发和生产，灰渣制成钾肥。",
			"采用“多效蒸发浓缩—喷浆燃烧”工艺处理糖蜜酒精废液，实现废液零排放，锅炉产汽回用于生产。",
		},
		scope: "适用于以糖蜜为原料的酒精和酵母生产企业。",
	},
	{slug: "brewery-anaerobic-biogas", name: "啤酒废水厌氧沼气回收", problem: "啤酒废水有机物浓度高，好氧处理能耗大",
		codes: []string{"1513"}, cost: domain.CostHigh, invest: span{200, 600},
		reduce: map[string]span{"cod": {50, 300}, "energy": {100, 800}},
		vars:   [3]span{{1500, 3000}, {2000, 6000}, {80, 90}},
		problems: []string{
			"{short}啤酒废水化学需氧量约{a}毫克/升，原采用好氧处理，曝气电耗大，剩余污泥多。",
			"企业污水站处理能力不足，旺季出水化学需氧量波动，且处理电耗较高。",
		},
		solutions: []string{
			"企业新建UASB厌氧反应器，化学需氧量去除率约{c}%，日产沼气约{b}立方米，用于锅炉燃烧。",
			"采用“厌氧（EGSB）—好氧”工艺改造污水站，沼气经脱硫后送锅炉，替代部分天然气。",
		},
		scope: "适用于啤酒、饮料和其他发酵食品企业。",
	},
	{slug: "lead-battery-internal-formation", name: "极板内化成工艺", problem: "极板外化成产生大量含铅酸性废水和酸雾",
		codes: []string{"3843"}, cost: domain.CostHigh, invest: span{300, 900},
		reduce: map[string]span{"heavymetal": {0.02, 0.3}, "water": {10000, 50000}, "energy": {300, 1500}},
		vars:   [3]span{{20, 50}, {30, 50}, {20, 30}},
		problems: []string{
			"{short}极板采用外化成工艺，化成槽每日排放含铅酸性废水约{a}吨，化成工序酸雾大，车间铅尘浓度偏高。",
			"企业外化成工序用水量和耗电量大，极板水洗、干燥环节产生含铅废水和铅尘。",
		},
		solutions: []string{
			"企业将外化成改为电池内化成，采用循环水冷却化成，化成电耗下降约{c}%，不再产生极板水洗废水。",
			"淘汰外化成槽，建设内化成生产线，配套酸雾收集净化和智能充放电设备，化成能量回馈电网。",
		},
		scope: "适用于起动型和动力型铅蓄电池生产企业。",
	},
	{slug: "printing-dryer-hot-air-recirculation", name: "烘箱热风循环与水性油墨替代", problem: "印刷烘箱排风量大、能耗高，溶剂型油墨挥发性有机物排放多",
		codes: []string{"2319"}, cost: domain.CostMedium, invest: span{20, 49},
		reduce: map[string]span{"energy": {50, 400}},
		vars:   [3]span{{3, 8}, {30, 50}, {60, 80}},
		problems: []string{
			"{short}有{a}台凹版印刷机，烘箱全新风运行，排风量大、能耗高；使用溶剂型油墨，挥发性有机物排放量大。",
			"企业印刷工序以溶剂型油墨为主，烘箱排风未经收集处理即排放，车间异味明显。",
		},
		solutions: []string{
			"企业对烘箱实施热风循环改造，在保证溶剂浓度安全的前提下回用{b}%的热风，同时在部分产品中推广水性油墨，废气经收集后进入催化燃烧装置。",
			"对印刷机烘箱加装热风循环和浓度控制系统，排风量减少约{b}%；{c}%的产品改用水性油墨。",
		},
		scope: "适用于凹版和柔版印刷的软包装、纸制品企业。",
	},
}
