"""Status language and its modality: what a sentence says happened to an undertaking.

"began shipping", "opened", "pilot line running" say it happened (achieved); "broke ground", "signed",
"start of series production" say work began (started); "aims to", "plans to", "expects" restate a plan
(reaffirmed, weakly); "remains on track", "denied reports of a delay" reaffirm it firmly; "pushed back to",
"postponed", "no longer expects" say delayed; "ahead of schedule", "brought forward" say accelerated;
"scrapped", "abandoned" say cancelled. A verb of doing under a modal ("will open", "plans to start") is
only a plan, and a negated delay ("no delay", "차질 없다") is a reaffirmation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.classification import Signal
from tracker.phrase_scan import INFLECT, PREFIX, WORD, Hit, Phrase
from tracker.sentences import CLOSING_MARKS
from tracker.vocabulary import OTHER_CHEMISTRIES

# Class -> forms. A trailing "*" matches English inflections, a trailing "~" any word continuation.
_LEXICON: dict[str, str] = {
    "achieved": (
        "opened|opens|has opened|unveil|inaugurated|inaugurates|completed|completes|has completed|finished building|"
        "has finished|have finished|finished construction|began shipping|begins shipping|started shipping|"
        "starts shipping|shipped|ships|delivered|delivers|began deliveries|begins deliveries|began delivering|"
        "started delivering|first deliveries|launched|launches|has launched|rolled out|rolls out|went on sale|"
        "goes on sale|entered mass production|enters mass production|entered series production|began mass production|"
        "begins mass production|started mass production|starts mass production|achieved|achieves|reached|reaches|"
        "passed|exceeded|exceeds|surpassed|beat|up and running|running since|in operation|went into operation|"
        "に合格|合格した|をクリア|顺利通过|bestanden|a réussi|ont réussi|"
        "began operating|began operations|started operations|commissioned|has commissioned|put into operation|"
        "now producing|is producing|are producing|road testing|road-testing|on-road testing|began testing|"
        "started testing|is testing|are testing|hit the road|took delivery|received|receives|has received|"
        "unveiled|unveils|showcased|debuted|premiered|亮相|首发|首發|正式发布|vorgestellt|enthüllt|공개했|"
        "have received|drove|has driven|has been driven|was driven|absolviert|shown at|dévoile|a dévoilé|"
        "achieving its|has integrated|have integrated|"
        "has put|have put|had put|a levé le voile|lève le voile|auf die Straße gebracht|auf die Straße geschickt|"
        "稼働を祝|"
        "rode|rides on|running on|ran on|powered by|demonstrated|are powering|is powering|"
        "now powering|are now driving|now driving around|went into service|goes into service|entered service|"
        "enters service|commercial service|投入运营|投入使用|正式运营|has powered|have powered|走破|走り切|주행했|달렸|"
        "started operating|has started operating|starts operating|auf den Markt gebracht|Marktstart|完成させ|完成した|"
        "ライン完成|工場完成|ab sofort|from today|starting today|as of today|dès aujourd'hui|reach owners|"
        "reach customers|reaches customers|reached customers|reaches owners|handed over|hands over|handed the first|"
        "hands the first|now available|now stocked|stocked at|has stocked|can now rent|can now book|"
        "now bookable|now swappable|now offered|正式上线|"
        "presented|发表|gezeigt|dévoilé|"
        "présenté|"
        "建成|竣工|投产|路测|完成装车|装车完成|完成首批装车|完成首批样车装车|道路测试|上路测试|进行测试|已投产|正式投产|下线|开始交付|已交付|量产下线|完成了|已完成|实现量产|开始量产|已量产|落成|启用|"
        "正式上市|上市销售|正式开售|开售|上市|推出|交到用户手中|交到车主手中|送到用户手中|换上了|即日起|今天起|今日起|今起|正式开放|面向用户开放|向用户开放|"
        "开始向用户开放|向车主开放|开始向车主开放|开放租用|上线|"
        # an opening ceremony held: "舉行…超級工廠開幕典禮" (folded), "竣工式を開いた"
        "开幕典礼|开幕仪式|开业典礼|稼働式|"
        "taken delivery|take delivery|takes delivery|reaches its first|reached its first|reaches first customers|"
        "完成した|稼働した|稼働を開始|稼働開始|が稼働し|開所|出荷を開始|出荷した|出荷を始め|納入した|納品した|供給を開始|"
        "発売した|量産を開始|生産を開始|준공|완공|가동을 시작|"
        "가동에 들어|획득했|획득|첫 출하|출하했|첫 출고|출고했|obtained|obtains|has obtained|erhält|erhielt|"
        "übergibt|übergeben|übergaben|"
        "übergab|hat übergeben|"
        "마쳤|마쳐|검증 완료|주행에 나섰|주행에 나선|"
        "투입하기 시작|투입을 시작|배치하기 시작|배치를 시작|"
        "출하를 시작|출시했|출시하고|출시하며|공식 출시|탑재했|양산을 시작|양산에 들어갔|구축을 완료|완료했|"
        "eröffnet|in Betrieb genommen|ausgeliefert|"
        "fertiggestellt|eingetroffen|angeliefert|geschickt|schickt|verschickt|verschickte|versandt|versendet|erprobt|testet|gefahren|zurückgelegt|erreicht|erreichte|"
        "a ouvert|inauguré|inaugure|a livré|a remis|ont remis|"
        "mis en service|achevé|a lancé|ont lancé|a expédié|ont expédié|交付|"
        "startet|gestartet|feiert Premiere|Premiere|präsentiert|stellt vor|enthüllt|"
        "in Betrieb|nimmt Betrieb auf|lancée|teste|testent|prend la route|fait rouler|"
        "livre|livrées|commercialisée|est commercialisée|présente|"
        "レンタル開始|提供を開始|販売を開始|発売|初披露|披露した|公開した|初納車|納車を開始|納車開始"
    ),
    "started": (
        "commenced|commences|kicked off|kicks off|broke ground|breaks ground|groundbreaking|ground-breaking|"
        "first stone|foundation stone|began construction|begins construction|started construction|"
        "starts construction|construction began|construction has begun|construction started|under construction|"
        "began building|begins building|started building|starts building|began constructing|has begun building|"
        "under way|underway|set up a|sets up a|established a|founded a|formed a|forms a|formed an|forms an|"
        "joined|has joined|have joined|founded in|was founded|were founded|was formed|was established|"
        "設立|设立|成立|成立了|正式成立|宣告成立|成立大会|설립|출범|発足|gegründet|gründet|建設する|建設を決定|建設へ|投資を決定|"
        "is building|are building|will build|is constructing|signed|signs|has signed|inked|agreed to|agrees to|"
        "struck a deal|strikes a deal|teamed up|teams up|team up|partnered with|partners with|formed a joint venture|"
        "secured a licence|secured a license|secures a licence|secures a license|sich eine Lizenz|"
        "opened pre-orders|opens pre-orders|opened pre-sales|opens pre-sales|opened presales|opens presales|"
        "opens for pre-orders|opened for pre-orders|open for pre-orders|opens for orders|opened for orders|"
        "opens for reservations|opened for reservations|ouvre les précommandes|"
        "ouvert les précommandes|"
        "开启预售|开始预售|启动预售|开启预订|"
        "trial production|moved into|installed|began installing|will invest|is investing|has been selected|"
        "scales up|is scaling up|ramps up|is ramping up|expanded|has expanded|expands|widened|has widened|widens|"
        "was selected|were selected|selected for|awarded|has selected|have selected|investment decision|"
        "Investitionsentscheidung|entsteht|"
        "开工|动工|动土|破土|开建|奠基|启动建设|开始建设|最终投资决定|投资决定|投资决策|入股|参股|注资|签署|签约|达成合作|试产|试生产|着手|着工|締結|合意した|契約を結|協定を結|覚書を結|"
        "提携すると|提携した|提携で合意|協業すると|協業で合意|"
        "착공|착수|체결|계약을 맺|손잡|손을 잡았|손을 잡고|맞손|하기로 했|"
        "공급 계약|공급계약|공급사 확정|공급사를 확정|지분 인수|지분을 인수|% 인수|"
        "협약을 맺|수주|受注|中标|placed an order|places an order|placed a production order|placed orders|"
        "ausgeweitet|erweitert|erweitern|"
        "Spatenstich|Grundstein|Grundsteinlegung|unterzeichnet|unterzeichnete|unterschrieb|beginnt Bau|"
        "beginnt mit dem Bau|Bau begonnen|Baubeginn|"
        "Richtfest|topped out|tops out|topping out|topping-out|"
        "première pierre|lance le chantier|lancé le chantier|construit|construisent|en construction|"
        "a signé|ont signé|a conclu|ont conclu|"
        "a démarré|démarre|sichert sich|sicherte sich|拿下|获得授权|vereinbart|vereinbaren|steigt ein|"
        "beteiligt sich|"
        "signe|signent|s'allient|s'associent|investit|préfère|"
        # an order won for the undertaking's line is work toward it ("erhält einen Auftrag über Kalanderanlagen")
        "签订|签下|Auftrag über|Auftrag für|Großauftrag|Grossauftrag|Folgeauftrag|won an order|wins an order|"
        "won a contract|wins a contract|landed an order|lands an order|received an order|receives an order|"
        "secured an order|secures an order|an order for|orders for|placed the order|placed the orders|"
        "remporte une commande|a remporté une commande|"
        "décroche une commande|décroche un contrat|a décroché|has ordered|have ordered|hat bestellt|bestellt|"
        "견적 요청|견적을 요청|見積もり依頼|询价|request for quotation|requests for quotation|appel d'offres|"
        "Ausschreibung|"
        "a commandé|订购|発注した|発注する|발주했|발주한"
    ),
    "start_verb": (
        "began|begins|has begun|have begun|begun|started|starts|has started|have started|start of|beginning of|"
        "entered|has entered|have entered|"
        "开始|启动|開始|始めた|開始した|시작|들어갔|돌입했|进入|开展|已开展|正在进行|begonnen|beginnt|gestartet|startet|"
        "débuté|commencé|aufgenommen"
    ),
    "delayed": (
        "delay*|postpone*|pushed back|push back|pushes back|pushing back|slipped|slips|slipping|slip to|slip into|"
        "slip as|slip again|slip further|slip behind|behind schedule|"
        "later than planned|later than expected|later than originally|later than the|later than previously|"
        "later than forecast|later than earlier|later date than|no longer expects|missed its|misses its|has missed|"
        "missed dates|missed deadlines|"
        "longer than planned|longer than originally planned|länger als geplant|plus longtemps que prévu|"
        "晚于|晚约|"
        "missed the|"
        "no longer expected|"
        "no longer plans|deferred|defers|put on hold|on hold|paused|pushed out|moved back|a year late|years late|"
        "put off|puts off|has put off|have put off|putting off|runs late|running late|ran late|"
        "have to wait until|has to wait until|told to wait until|"
        "延期|推迟|延迟|延后|推后|推至|推迟至|延至|后移|遅れ|遅延|先送り|後ろ倒し|後ずれ|ずれ込|연기|지연|늦춰|늦췄|미뤄|미뤘|미룬|미루기로|늦어지|늦어질|늦어져|늦어진|늦어졌|밀릴|밀려|밀렸|verschoben|verschiebt|verzögert|"
        "Verzögerung~|"
        "später als geplant|später als bisher|später als ursprünglich|später als zunächst|später als erwartet|"
        "später als angenommen|später, als|nicht mehr mit einem Serieneinsatz|nicht mehr mit einem Serienstart|"
        "nicht mehr mit einem Marktstart|nicht mehr mit einem Produktionsstart|nicht mehr mit einer Serienfertigung|"
        "ne prévoit plus de lancer|ne prévoit plus de produire|ne prévoit plus de commercialiser|"
        "rutscht auf|rutscht ins|rutscht in|rutschte auf|rutschte ins|bremst|ausgebremst|retard|repoussé|repousse|"
        "reporté|reporte|reportent|rate encore|rate le coche|a raté|ont raté|glisse|décalé|décale|décalent|顺延"
    ),
    "accelerated": (
        "ahead of schedule|ahead of plan|brought forward|brings forward|bring forward|pulled forward|pulls forward|"
        "pull forward|earlier than planned|earlier than expected|earlier than originally|sooner than expected|"
        "sooner than planned|earlier than the|years earlier than|a year earlier than|sooner than most|"
        "earlier than most|sooner than many|earlier than many|earlier than previously|sooner than previously|"
        "months earlier than|months ahead of schedule|a year ahead of schedule|a quarter earlier|a year ahead of|"
        "two years ahead of|"
        "a quarter ahead of schedule|"
        "fast-tracked|fast-tracks|提前|提早|前倒し|"
        "早めた|早める|早めて|早めると|早まった|早まる|앞당|으로 당겨|로 당겨|당긴다|당겼다|"
        "vorgezogen|avancera|avancerait|"
        "früher als geplant|früher als bisher|früher als ursprünglich|schneller als geplant|früher als erwartet|"
        "früher als angenommen|früher, als|Jahr früher als|Jahre früher als|"
        "schneller als ursprünglich|schneller aus als|"
        "plus tôt que prévu|en avance|beschleunigt|beschleunigen|bringing forward|pulling forward|avance à|avancé à|"
        "avance d'un an|avance de|avancée à|avance au|avancé au|avancée au|avancés au|avance aux"
    ),
    "cancelled": (
        "cancel*|scrapped|scraps|abandoned|abandons|shelved|shelves|halted|halts|terminated|terminates|"
        "pulled the plug|axed|dropped plans|drops plans|drops planned|dropped planned|drops its planned|"
        "dropped its plan|drops its plan|dropped the plan|drops the plan|dropped a plan|drops a plan|"
        "drops solid-state|dropped solid-state|drops its solid-state|drops the solid-state|drops semi-solid|"
        "dropped semi-solid|discontinued|discontinues|walked away|called off|calls off|"
        "wound down|winds down|stopped producing|stopped making|stopped production|ceased production|"
        "halting production|stopping production|before stopping|"
        "取消|终止|放弃|叫停|中止|撤回|停产|停售|不再提供|不再供应|停止接受|白紙|断念|取りやめ|取り止め|搭載を見送|採用を見送|導入を見送|開発を見送|計画を見送|打ち切|"
        "生産終了|生産を終了|生産を終え|製造を終了|生産停止|취소|철회|백지화|중단|포기|무산됐|무산되|무산된|"
        "무산돼|무산 위기|없던 일로|을 접었|를 접었|을 접은|를 접은|을 접기로|를 접기로|eingestellt|"
        "gestoppt|auf Eis|vom Tisch|暂停|搁置|凍結|棚上げ|mis en sommeil|"
        "abgesagt|aufgegeben|streicht|gestrichen|verzichtet|verzichten|verzichtete|enterre|enterré|annulé|annule|abandonné|abandonne|renonce"
    ),
    "reaffirmed": (
        "on track|on schedule|remains on track|remains on course|remain on course|still on course|"
        "as planned|as scheduled|according to plan|reiterated|reiterates|"
        "reiterate|reaffirmed|reaffirms|confirmed|confirms|sticking with|sticks with|stick with|sticks to|sticking to|"
        "stuck to|stands by|"
        "maintained|maintains|unchanged|still expects|still plans|still aims|still targets|still set for|"
        "still slated|still scheduled|still due|has not changed|have not changed|hasn't changed|haven't changed|"
        "won't move|will not move|won't change|will not change|does not change|doesn't change|untouched by|"
        "unaffected by|"
        "按计划|按期|如期|不变|重申|符合预期|仍计划|仍然计划|依然计划|仍按|仍将按|仍预计|仍然预计|変えず|据え置|予定通り|計画通り|変更はない|変更なし|変わりはない|"
        "예정대로|계획대로|차질 없|차질없|변함없|변함이 없|변동이 없|변경이 없|재확인|목표 유지|목표를 유지|"
        "in line with its plan|in line with plan|in line with the plan|"
        "그대로|못 박았|못박았|holds to|held to|holding to|keeps to|sticks by|still on for|remains on for|kept on|"
        "keeps on|stays on|"
        "계획 유지|planmäßig|wie geplant|nach Plan|"
        "bestätigt|bekräftigt|bekräftigte|bekräftigen|"
        "hält an|hält daran fest|halten daran fest|hält fest|im Plan|confirme|confirmé|comme prévu|dans les temps|"
        "maintient|reconduit|reconduite|"
        "en bonne voie|sur la bonne voie|auf Kurs|ändert nichts|ändere nichts|ändert das nichts|"
        "inchangé|inchangée|inchangés|inchangées|tient son calendrier|tient le calendrier|unverändert|"
        "ändere das nichts|changes nothing|ne change rien|"
        "toujours visée|toujours visé|toujours prévue|toujours prévu|reste prévue|reste prévu|restent prévues|"
        "restent prévus|vise toujours|prévoit toujours|reste fixée|reste fixé|reste programmée|reste programmé|"
        "weiterhin geplant|weiterhin vorgesehen|soll weiterhin|sollen weiterhin|bleibt es bei|"
        "im Zeitplan"
    ),
    # an undertaking with a partner ended: read by what is ended ("ended its technology partnership with")
    "ended": "ended|ends|has ended|have ended|dissolved|dissolves",
    # a supplier's delivery for an undertaking, read in a headline only ("Manz liefert Stapelanlagen für PowerCos
    # Pilotlinie"): below it, the same verbs tell the undertaking's own output as often; a delivery promised
    # ("fournira") is a plan, and Japanese 供給 is as often a noun ("供給確保計画")
    "supplies": "liefert|liefern|beliefert|fournit|supplies|공급|납품|선적|供货|供应|納入",
    # a plan kept, read by what is kept ("keeps 2027 target", not "keeps BMW cells flowing")
    "kept": "keeps|kept|keeping|retains|retained|bleibt bei|bleiben bei|blieb bei",
    # a timetable revised, which way its new date tells ("양산 시점을 2028년 상반기로 조정")
    "revised": (
        "조정|调整|修正|見直|ずらす|ずらし|revised its timeline|revises its timeline|revised its timetable|"
        "revises its timetable|"
        "recast|recasts"
    ),
    # a plan moved: read by where it goes ("pulls ... forward to 2027", "pushes ... to 2028")
    "moved": (
        "pulls|pulled|pulling|brings|brought|bringing|pushes|pushed|pushing|slides|slid|slide|sliding|moves|moved|"
        "moving|zieht|ziehen|"
        # a test run longer: "verlängert die Straßenerprobung bis ins Jahr 2027", "extends road testing through 2027"
        "verlängert|verlängern|verlängerte|extends|extended"
    ),
    # a German verb whose particle closes its clause tells what it does ("gibt seine Pläne ... auf", "stellt ... ein")
    "separable": "gibt|geben|gab|gaben|stellt|stellen|stellte|stellten|holt|holen|holte",
    # a small share forecast for a year: adoption later than hoped ("only about 10% of demand in 2035")
    "small_share": (
        "only|just|merely|a mere|no more than|仅|仅占|只占|只有|不到|不足|에 그칠|에 불과|にとどまる|に過ぎない|"
        "그칠|그쳐|불과|nur|lediglich|seulement|less than|under|below"
    ),
    "denial": (
        "denied|denies|dismissed reports|dismisses reports|rejected reports|rejects reports|refuted|refutes|"
        "dismissed speculation|否认|부인했|dementiert|dément|démenti|pushing back against|pushed back against|"
        "pushes back against|push back against|rejected talk|rejects talk|rejected market talk|rejects market talk|"
        "rejected speculation|rejects speculation|rejected claims|rejects claims|rejects delay|rejected delay|"
        "dismissed online reports|dismissed media reports|dismissed market reports|dismissed rumours|dismissed rumors|"
        "bericht zurückgewiesen|berichte zurückgewiesen|medienbericht zurückgewiesen|medienberichte zurückgewiesen|"
        "spekulationen zurückgewiesen"
    ),
    "planned": (
        "plans to|plan to|planned|planning to|aims to|aim to|aiming to|aimed at|expects|expected|expect|targets|"
        "targeting|target|scheduled|set to|is set for|are set for|remains set for|now set for|slated for|slated to|"
        "due to|due in|due for|due before|intends to|hopes to|will|is to|are to|years away|years off|weeks away|"
        "weeks off|months away|expecting|predicts|predicted|foresees|projects|projected|forecasts|"
        "goal|roadmap|envisages|anticipates|forecast|has a good chance|on course|gearing up to|gears up to|"
        "preparing to|"
        "prepares to|poised to|eyes|eyeing|promises|promised|pledges|pledged|vows|vowed|"
        "计划|预计|将于|有望|目标|力争|争取|要等到|予定|計画|目指|見込|方針|目標|예정|계획|목표|방침|"
        "전망|될 것|geplant|soll|sollen|plant|planen|peilt|peilen|"
        "strebt|nennt|kündigt|"
        "anvisiert|rechnet mit|rechnet damit|erwartet|erwarten|nach Einschätzung|"
        "prévoit|prévoient|prévu|prévue|vise|visent|visée|visant|"
        "objectif|devrait|"
        "devraient|doit|"
        "va déployer|vont déployer|déploiera|lancera|lanceront|"
        "deviendra|deviendront|produira|produiront|démarrera|livrera|testera|"
        "testeront|compte|ambitionne|table sur|veut|"
        "还需|仍需|尚需|還需|"
        # a date told as the earliest it can come: "would not come until 2030", "要到2030年前后才会到来"
        "not until|won't come until|would not come until|until at least|pas avant|要到|才会|才能|need another|"
        "erst ab|erst in den|erst nach|erst gegen|erst zwischen|erst um|erst Anfang|erst Mitte|erst Ende|could become|"
        "may become|attendra|devra attendre|"
        "needs another|will need|may need|take another|takes another|unlikely to|at the earliest|frühestens|"
        "au plus tôt|not before|nicht vor|sees|until around|pencilled in|penciled in|sera|seront|"
        "とみている|と見ている|とみられる|とみる|と見る|と予測|見通し|겠다"
    ),
}
_STRENGTH = {
    Signal.CANCELLED: 1.0,
    Signal.DELAYED: 1.0,
    Signal.ACCELERATED: 1.0,
    Signal.ACHIEVED: 1.0,
    Signal.STARTED: 0.95,
    Signal.REAFFIRMED: 0.85,
}
PLANNED_STRENGTH = 0.6
FIRM = 0.8  # a status said this firmly, in a sentence this prominent, is a statement of the story
REPLACED = "replaced"  # the kind of a cancellation that gives a plan up for another way to the same end
ENDED = "ended"  # the class of the words ending a tie with a partner
KEPT = "kept"  # the class of the words keeping something: a plan, or anything else
SUPPLIES = "supplies"  # the class of a supplier's words of delivering
REVISED = "revised"  # the class of the words revising a timetable: its new date against the timeline says which way
_MODAL_REACH = 40  # characters before a verb in which its modal ("plans to", "is expected to") stands
# The classes read alike wherever they stand: a denial reaffirms, a plan restates itself (a reaffirmation is read:
# negated, it is a slip).
_FIXED_READINGS = {
    "denial": (Signal.REAFFIRMED, 0.9),
    "planned": (Signal.REAFFIRMED, PLANNED_STRENGTH),
}
_EXPANDED = frozenset({"expanded", "has expanded", "expands", "widened", "has widened", "widens"})
_DENIALS = (
    "denied",
    "denies",
    "dismiss",
    "reject",
    "refut",
    "否认",
    "부인",
    "dément",
    "bericht",
    "medienbericht",
    "spekulation",
)  # how a denial begins
_SPEED_UP = re.compile(
    r"\b(?:speed(?:s|ing)?(?:\s+up)?|sped\s+up|accelerat\w+|hurry|hurries|hurried|hasten\w*|expedit\w+)\b|"
    r"加速|加快|앞당|beschleunig",
    re.I,
)
# Which reading wins when a clause says several things ("denied a delay" over "delay").
PRIORITY = {
    Signal.REAFFIRMED: 1,
    Signal.STARTED: 3,
    Signal.ACHIEVED: 4,
    Signal.ACCELERATED: 5,
    Signal.DELAYED: 6,
    Signal.CANCELLED: 7,
}

_MODALS = (
    r"will|would|to|plans?|planning|aims?|aiming|expects?|expected|intends?|could|may|might|should|hopes?|"
    r"scheduled|set|due|going|ready|about|soon|yet|wants?|seeks?|prepares?|preparing|likely|possibly|"
    r"potentially|can|cannot|not|soll|sollen|wird|werden|va|doit|devrait|pourrait|when|once"
)
_MODAL_BEFORE = re.compile(rf"\b(?:{_MODALS})\b(?:\W+\w+){{0,2}}\W*$", re.I)
# What a match of it needs, case-sensitive on lower-cased ASCII text: far cheaper, the engine skipping to the
# modals' first letters where, case-blind, it tries every position.
_MODAL_BEFORE_ASCII = re.compile(rf"(?:{_MODALS})\b(?:\W+\w+){{0,2}}\W*$")
# the modal governs the verb of its clause, however far ("将从7月1日起通过换电站向用户开放"), unless "already" stands
# between them ("已将电池交付")
_MODAL_CJK_BEFORE = re.compile(
    r"(将|计划|预计|拟|有望|力争|争取|准备|即将|预定|将于|再|予定|計画|目指|見込|방침|예정|"
    "계획)[^，,。已]{0,16}$"
)
_CJK_ATTRIBUTIVE = re.compile(r"签署|签订|签约|达成|建成|投产|启动|开始")
_THEN_CJK_BEFORE = re.compile(r"(?:随后|之后|然后|此后)[^，,。了]{0,8}$")
_PLAN_CJK = re.compile(r"(?<![按照如])计划|预计|将于|力争|有望|(?<![按照如])目标")
_MODAL_CJK_AFTER = re.compile(
    r"^[^，,。、]{0,8}(予定|方針|計画|見込|目指|예정|계획|목표|방침|할 것|될 것|하기로|하겠|겠다|する)"
)
NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|n't|never|without|denied|denies|deny|dismiss\w*|reject\w*|refut\w*|rule[sd]?\s+out|ruling\s+out|"
    r"kein\w*|nicht|pas\s+de|aucun\w*|sans)\b(?:\W+\w+){0,4}\W*$",
    re.I,
)
NEGATION_CJK_BEFORE = re.compile(r"(没有|不会|不|未|否认|无)[^，,。]{0,3}$")
_NEGATION_CJK_AFTER = re.compile(
    # "연기 검토한 적 없다": never even considered
    r"^[^，,。]{0,4}(없|ない|なし|せず|しない|않)|^\s*(?:검토한|고려한|논의한)\s*적\s*(?:이|은|도)?\s*없"
)
# a report or a possibility of it denied further on: "지연설 사실 아냐", "지연 가능성에 대해 사실이 아니라고"
_DENIED_CJK_AFTER = re.compile(
    r"^[^，,。]{0,16}(사실이 아니|사실 아냐|사실 아니|사실무근|부인|일축|不实|不實|否认|否定|辟谣|否定した)"
)
# a slip told as what a report said, the report then denied in the sentence:
# "ずれ込むとした一部報道について「事実ではない」"
_REPORTED_CJK_AFTER = re.compile(
    r"[^。！？]{0,8}?(?:とした|とする|との|という|다는|다고 한|的)[^。]{0,10}(?:報道|보도|报道)|"
    # "ずれ込むと報じたことについて", "늦어진다고 보도한": the report's own verb
    r"[^。！？]{0,8}?(?:と報じ|と报じ|と伝え|と传え|고 보도|고 전한|报道称)|"
    # "양산 연기설에 대해": the talk of a delay
    r"설(?:에|을|이|은)|"
    # the report quoted: "回应“全固态电池提前小批量生产”传闻：2027年目标不变"
    r"[^。！？”」]{0,12}[”」][^。]{0,2}(?:传闻|傳聞|传言|报道|報道|보도|说法)"
)
_REPORT_DENIED_CJK = re.compile(
    r"事実ではない|事実でない|事実無根|否定|사실이 아니|사실 아니|사실무근|부인|否认|不实|不准确|不属实|失实|辟谣|"
    r"目标不变|计划不变|按计划|선을 그었|선을 긋|선 그어|선 그었|선 긋|바뀐 것은 없|바뀐 건 없"
)
_ANSWER_REACH = 80  # characters after a rumour's sentence in which the company's answer may come
# the company's answer in the next sentence: "对此，宁德时代回应称…仍按计划推进" (not another company's plan held)
_ANSWERED_CJK = re.compile(
    rf"[\s。！？]*[^。！？]{{0,6}}(?:对此|回应|回复|澄清)[^。！？]{{0,40}}?(?:{_REPORT_DENIED_CJK.pattern})"
)
# a change told as a rumour, before it: "市场传宁德时代全固态提前量产 公司回应：仍按计划推进"
_RUMOURED_CJK_BEFORE = re.compile(r"(?:市场传|网传|据传|传言|传闻|有传|噂|루머)[^。！？]{0,24}$")
_HEDGE_CJK_AFTER = re.compile(r"^.{0,3}(가능성|우려|可能|恐れ|おそれ)")
# whether it will come at all: "예정대로일지, 앞당겨질지, 늦어질지 불확실하다", "변동이 없을지 주목된다" (read from the
# cue's last syllable: "앞당기지 못했다" is no question)
_WHETHER_CJK = re.compile(r"[^\s,，。]{0,3}?[질될할일을날]지(?:[,\s]|도\b|는\b)")
_HEDGE = re.compile(
    r"\b(?:could|may|might|possibly|potentially|risk|rumou?rs?|speculat\w*|reportedly|if)\b"
    r"(?:\W+\w+){0,3}\W*$",
    re.I,
)
# a participle describing a thing, not telling an event: "in the recently launched MG4", "its newly opened plant"
_DESCRIBING = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|these|that)\s+(?:recently|newly|just|already)[\s-]$", re.I
)
# a participle after a noun phrase describes the thing, unless a verb stands between ("the car is running on")
_AGREEMENT_BEFORE = re.compile(
    r"\b(?:agreement|deal|pact|contract|accord|memorandum|MoU|partnership|licen[cs]e|alliance)\s+$", re.I
)
_PARTICIPLES = frozenset({"running on", "powered by", "rides on", "ran on"})
_PUT = frozenset({"has put", "have put", "had put"})
# "had put the shipments off": put off, not put on the road ("to kick off", "back on track"); "put ... at": an estimate
_PUT_PARTICLE = re.compile(
    r"(?:\s+[\w'’-]+){1,10}?\s+(off|on\s+hold|on\s+ice|back|at)\b(?!\s+on\s+track)(?<!kick\soff)", re.I
)
_CEREMONIES = frozenset({"开幕典礼", "开幕仪式", "开业典礼"})
_SHOW_BEFORE = re.compile(r"(?:车展|展会|博览会|论坛|大会|峰会|展)[^，。]{0,3}$")
_HANDING_OVER = frozenset({"handed over", "hands over"})
_TO_SOMEONE = re.compile(r"\s+(?:the\s+)?(?:reins\s+)?to\b", re.I)
_NOUN_PHRASE_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|[\w-]+['’]s)\s+(?!(?:[\w-]+\s+){0,3}?(?:is|are|was|were|been|be|now)\s)"
    r"(?:[\w-]+\s+){1,4}$",
    re.I,
)
# a noun without its article, after a verb of the plan ("to put demonstration vehicles"), not "to be"
_BARE_NOUN_BEFORE = re.compile(r"\bto\s+(?!be\b)[a-z]+\s+(?:[\w-]+\s+){0,2}[\w-]+s\s+$", re.I)
# a report's clause before a slip ("Handelsblatt reported that ... would push back")
_REPORTED_BEFORE = re.compile(r"\b(?<!its\s)(?:reported|had\s+reported)\s+(?:that\s+)?[^.;]*$", re.I)
# words only a German sentence holds, to tell German "plant" (plans) from an English plant
_GERMAN = re.compile(r"\b(?:der|die|das|den|dem|des|und|mit|für|ist|sich|bis|zum|zur|eine|einen|auf|nach|noch)\b")
_PLAN_WORD = re.compile(r"\b(?:plans?|planning|aims?|will|wants?|intends?|expects?|hopes?)\s+to\b|\bwill\b", re.I)
_SHARE_OF = re.compile(
    r"share|market|demand|sales|penetration|of (?:all |new |global )?(?:EV |electric[- ]vehicle )?"
    r"(?:EVs|cars|vehicles|batteries|battery)|份额|占比|渗透率|"
    r"점유율|침투율|시장|シェア|市場|Marktanteil|Markt|part de marché|marché",
    re.I,
)
# "completed the installation of the first production equipment": the line is being equipped, not yet producing
_INSTALLING_EQUIPMENT = re.compile(
    r"\s+(?:the\s+)?(?:installation|installing|move-in|delivery)\s+of\s+(?:[\w-]+\s+){0,4}?equipment", re.I
)
# arrived: of equipment, work toward what it will make ("die ersten Anlagen für eine Pilotlinie eingetroffen")
_ARRIVED = frozenset({"eingetroffen", "angeliefert"})
_EQUIPMENT_DE = re.compile(r"\b(?:anlagen|maschinen|ausrüstung|geräte|produktionsanlagen|fertigungsanlagen)\b", re.I)
# equipment moved in or installed, told before the verb: "핵심 장비 입고를 마쳤다", "设备安装完成", "設備の搬入を終えた"
_EQUIPMENT_IN_CJK = re.compile(
    r"(?:장비|설비|设备|設備|装置)\s*(?:의\s*)?(?:입고|반입|설치|搬入|据え付け|安装|进场|入场)"
)
# what an ending gives up: a tie with a partner ("ended its technology partnership with ProLogium")
_ENDED_TIE = re.compile(
    r"\s+(?:(?:its|the|their|a)\s+)?(?:[\w-]+\s+){0,3}?(?:partnership|pact|cooperation|collaboration|alliance|"
    r"joint\s+venture|tie-up|development\s+agreement|supply\s+agreement)\b",
    re.I,
)
_CONFIRMING = frozenset({"confirmed", "confirms", "bestätigt", "confirme", "confirmé"})
# the words around a verb of saying that attribute the sentence's news: "..., the company confirmed (on Monday)."
_ATTRIBUTION_BEFORE = re.compile(r"[,，]\s*(?:[\w'’-]+\s+){0,3}$")
_ATTRIBUTION_AFTER = re.compile(
    r"\s*(?:(?:on|this|last)\s+\w+|today|yesterday|in\s+a\s+(?:statement|filing)|to\s+\w+)?\s*(?:[.;,]|$)"
)
# what stops work for a while only: an incident, a stoppage of days
_TEMPORARY = re.compile(
    r"\b(?:(?<!under )fire|blaze|explosion|accident|outage|blackout|power cut|typhoon|earthquake|flood|temporar\w*|"
    r"(?:gas|fire|smoke) alarm|(?:gas|chemical) leak|"
    r"for (?:a|two|three|several) (?:days|weeks)|maintenance|Stromausfall|vorübergehend|incendie|"
    r"temporairement)\b|火災|火灾|停電|停电|台風|台风|地震|事故|一時|暂时|临时|화재|정전|일시",
    re.I,
)
# a relative clause telling what a thing has been doing: "the i7 that has been running on its cells since"
_PRESENTING = frozenset({"presented", "presents", "présenté", "présente", "präsentiert", "发表"})
_FINDINGS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:test\s+)?(?:data|work|results|findings|papers?|research|studies|a\s+study|measurements)\b",
    re.I,
)
# a pact with the local authorities for a site: safety, disaster, environment ("環境保全協定", "災害時の連携協定")
_LOCAL_PACT = re.compile(
    # (sought in the folded text too: 环境保全协定)
    r"環境保全協定|环境保全协定|災害時の連携協定|灾害时の连携协定|防災協定|防灾协定|消防本部|"
    r"environmental protection agreement|fire department"
)
_TAKEN_OFFLINE_BEFORE = re.compile(r"(?:入口|页面|功能)[^，,。]{0,8}$")
_FUNDS_BEFORE = re.compile(r"(?:자금|인력|예산|자본|투자금|비용)[을를]?\s*$")
_PUT_OFF_AFTER = re.compile(
    r"\s+(?:en\s+(?:cause|question|route|service)|à\s+plus\s+tard|à\s+zéro|(?:un|le|les|des)\s+(?:prix|trophée|récompense))"
)
_AS_PLANNED = frozenset({"as planned", "as scheduled", "wie geplant", "comme prévu"})
# (the negation's own clause, not one about a change: "will not change its schedule and will begin ... as planned")
_NOT_IN_CLAUSE = re.compile(
    r"\b(?:will\s+not|won't|wird\s+nicht|ne\s+\w+\s+pas)\b(?!\s+(?:change|alter|ändern|changer|change\s+pas))"
    r"(?:(?!\b(?:and|und|et|mais|but|aber)\b)[^.;,:])*$",
    re.I,
)
_TIME_SINCE_BEFORE = re.compile(
    r"\b(?:\w+|\d+)\s+(?:months?|years?|weeks?)\s+(?:after|since)\s+(?:[\w'’.-]+\s+){0,5}$", re.I
)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:has|have|had)\s+(?:already\s+)?been\s+$", re.I)
# a clause set off by commas that describes its subject, as doing or having done: "Idemitsu, which is building plants
# in Chiba, gave", "Toyota, which has teamed up with Idemitsu, has said" (not "..., which went on sale on Saturday")
_DESCRIBING_CLAUSE_BEFORE = re.compile(r",\s+which\s+$", re.I)
_DESCRIBING_PERFECT_BEFORE = re.compile(r",\s+which\s+(?:has|have)\s+(?:already\s+)?$", re.I)
_SLIDE_INTO = re.compile(r"\s+(?:back\s+)?(?:into|to)\s", re.I)
_CUT_BACK_BEFORE = re.compile(
    r"\b(?:scal(?:es|ed|ing)\s+back|cut(?:s|ting)?\s+back|scal(?:es|ed|ing)\s+down|fährt\s+zurück|réduit)\s+"
    r"(?:(?!(?:and|und|et)\b)[\w-]+\s+){0,3}$",
    re.I,
)
# what a plan kept is: a date, a target, a timetable ("keeps a 2026 date", "bleibt bei 2026", "keeps its goal")
_KEPT_PLAN = re.compile(
    r"\s+(?:(?:to|on|its|the|a|an|their|dem|der|seinem|seiner|ihrem|ihrer)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:20\d\d|target|goal|date|timetable|timeline|time\s?frame|plan|schedule|deadline|guidance|outlook|"
    r"forecast|Zeitplan|Ziel|Termin|Plan)\b",
    re.I,
)
# a plan moved, its object between the verb and the new date
_MOVED_EARLIER = re.compile(r"[^.;,]{1,50}?\bforward\s+(?:to|into)\b", re.I)
# German puts the particle at the clause's end: "zieht den Start auf Ende 2025 vor"
_MOVED_EARLIER_DE = re.compile(r"[^.;,:!?]{1,80}?\s(?:vor|nach\s+vorne)(?=\s*(?:[.;,:!?–-]|$))")
_EXTENDING = ("verläng", "extend")
_DRAGS_ON = re.compile(r"\s+sich\s+(?:noch\s+|weiter\s+|länger\s+)?(?:bis|hin)\b")
_TESTS_EXTENDED = re.compile(
    r"[^.;:!?]{0,60}?\b(?:\w*erprobung|tests?|testing|trials?|testprogramm\w*|test programme|test program)\b"
    r"[^.;:!?]{0,80}?\b(?:bis|through|until|into)\s+(?:ins\s+Jahr\s+|Ende\s+|end\s+)?(?:of\s+)?20\d\d",
    re.I,
)
_PEOPLE = re.compile(r"\b(?:Mitarbeiter\w*|Beschäftigte\w*|Personal|Fachkräfte|Ingenieur\w*|Leute)\b", re.I)
_PLAN_NOUN_DE = re.compile(
    r"\b(?:Pl[aä]ne?n?|Projekt\w*|Ziel\w*|Vorhaben|Idee|Produktion|Fertigung|Werk\w*|\w*[Ss]erie|Version|Modell\w*|"
    r"Variante|Option)\b",
    re.I,
)
_PLAN_NOUN_AFTER = re.compile(
    r"\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:plan|schedule|target|timeline|timeframe|time frame|date|goal|"
    r"forecast|estimate|expectation|horizon)",
    re.I,
)
_WORRY_BEFORE = re.compile(r"\b(?:Sorgen?|Verschiebung|Verzögerung|Risiko|Risiken|Zweifel|Bedenken)\b", re.I)
_PARTICLE_CLOSING = re.compile(r"[^.;,:!?]{1,90}?\s(?P<particle>auf|ein|vor)(?=\s*(?:[.;,:!?–-]|$))")
_SEPARABLE = {
    ("gib", "auf"): Signal.CANCELLED,  # gibt ... auf: gives up
    ("geb", "auf"): Signal.CANCELLED,
    ("gab", "auf"): Signal.CANCELLED,
    ("ste", "ein"): Signal.CANCELLED,  # stellt ... ein: discontinues
    ("ste", "vor"): Signal.ACHIEVED,  # stellt ... vor: presents
    ("hol", "vor"): Signal.ACCELERATED,  # holt ... vor: brings forward
    ("hol", ""): Signal.STARTED,  # holt einen Auftrag: wins an order
}
_MOVED_LATER = re.compile(
    # (not a span: "pushing hard, with mass production planned from 2027 to 2028")
    r"[^.;]{1,120}?\b(?<!from\s\d{4}\s)(?:back\s+)?(?:to|into|until)\s+(?:the\s+)?(?:late\s+|early\s+|mid-?)?"
    # (a part of the year: "to the spring of 2027", "into the second half of 2027", "to the end of 2026")
    r"(?:(?:spring|summer|autumn|fall|winter|first|second|third|fourth|end)\b[\w\s-]{0,16}?\s+(?:of\s+)?)?"
    r"(?:20\d\d|next year)",
    re.I,
)
# the share a small-share word speaks of: "only about 10%" / "4%에 그칠", "约4%에 그칠"
_SHARE_AFTER = re.compile(
    r"\s*(?:about|around|some|roughly|rund|etwa|environ|约|大约|약)?\s*\d+(?:[.,]\d+)?"
    r"(?:\s*(?:-|–|to|bis|à)?\s*\d+(?:[.,]\d+)?)?\s*"
    r"(?:%|percent|per cent|Prozent|pour cent)",
    re.I,
)
_SHARE_BEFORE = re.compile(r"\d+(?:[.,]\d+)?\s*%\s*(?:대|정도|程度|左右)?\s*$")
# a delay told as the company's history; a plan given up for another way to the same end
_HISTORY_AFTER = re.compile(r"\W*(?:[\w-]+\W+){0,3}?(?:before(?=\s*(?:[.,;:!?]|$))|in the past|over the years)", re.I)
# the other way is to the same end when it still speaks of the cells, a licence or a partner ("will license the
# cells instead", "the cells will instead debut in EVs"; not "will focus on hybrids instead")
_CLAUSE_START = re.compile(r"[,;:.]|\band\b|\bbut\b|，|；", re.I)
# the other way is no solid-state one: another chemistry, or the conventional cells they are measured by
_OTHER_CHEMISTRY = re.compile(
    r"\b(?:conventional|lithium-ion|li-ion|nickel-rich|Lithium-Ionen|classiques?|"
    + "|".join(re.escape(word) for word in OTHER_CHEMISTRIES)
    + r")\b",
    re.I,
)
_SAME_END = re.compile(r"\b(?:licen[cs]\w*|partner\w*|cells?|batter(?:y|ies)|solid[- ]state|them|it)\b", re.I)
_INSTEAD = re.compile(
    r"\binstead\b|\bin favou?r of\b|\breplac\w*|\brather than\b|stattdessen|à la place|au profit de|改为|转而", re.I
)
# a delay that is over: "after months of delays", "despite delays", "it took many months of delay"
_EARLIER_TARGETS_BEFORE = re.compile(
    r"\b(?:earlier|previous|past|prior|former|older)\s+(?:[\w-]+\s+){0,2}(?:targets?|deadlines?|dates?|goals?|"
    r"timelines?)\s+$",
    re.I,
)
_INSTEAD_BEFORE = re.compile(r"\b(?:statt|anstatt|rather\s+than|instead\s+of|au\s+lieu\s+de|plutôt\s+que)\s+$", re.I)
_MONEY_BEFORE = re.compile(
    r"\b(?:profits?|earnings|revenues?|income|margins?|shares|stock|gewinn|aktie|umsatz)\s+$", re.I
)
_CONCESSIVE_CJK_AFTER = re.compile(r"^(?:し|した|する)?(?:でも|ても|にもかかわらず|에도|에도 불구|됐어도|돼도)")
_OVERCOME = re.compile(r"\b(?:after|despite|following|took)\s+(?:\w+\s+){0,3}(?:of\s+)?(?:\w+\s+)?$", re.I)
# "deliveries have started", "started driving a test car on public roads": the event itself is under way
_LAUNCHED = frozenset({"a lancé", "ont lancé", "launched", "launches", "has launched", "startet", "gestartet"})
# the assembly or build of what will run, begun: work toward it ("Aufbau", "l'assemblage", "조립", "组装")
ASSEMBLY = re.compile(
    r"\bAufbau|\bassembl(?!y\s+(?:plants?|lines?|halls?|shops?|facilit))|assemblage|조립(?!\s*(?:라인|공장))|"
    r"组装(?!车间|线|工厂)|組装|組み立て|組立(?!工場)",
    re.I,
)
_HAPPENING = re.compile(
    r"deliver|shipp|on sale|sales|\bdriv\w*|on (?:public )?roads|road[- ]test|\boffering\b|hand(?:ing|s|ed)? over|"
    r"交付|出荷|출하|출시|"
    r"livraison|Auslieferung|sur route|sur (?:la|les) routes?|essais? routiers?|auf (?:der|die) Straße|Straßentest|"
    r"Testfahrt|Erprobungsfahrt|도로 주행|주행 시험|도로 시험|公道走行|走行試験|路试|路测|道路测试|"
    # a pack rented out to users is its roll-out under way: "빌려주는 서비스를 시작했다", "开始租用"
    r"대여|빌려주|租用|租赁|レンタル|貸し出",
    re.I,
)
# the same, read only next to the verb (a plan told further on is not what began: "started work on test cars, due to
# begin field tests next year"): shipping begun in French, German and Chinese; cars on a proving ground or in trials
_HAPPENING_NEAR = re.compile(
    r"expédi|verschick|versand|发货|发运|road trials?|field tests?|field trials?|test track|proving ground|试验场|"
    r"测试场|시험장|整车可靠性",
    re.I,
)


# the readings that say a plan changed: moved later or earlier, or given up
PLAN_CHANGES = frozenset({Signal.ACCELERATED, Signal.DELAYED, Signal.CANCELLED})
_OBJECT_GAP = 6  # characters between a verb of moving and the beginning it moves ("pull forward the start of")


# (its __init__ written out: mypyc compiles it, where the one @dataclass writes runs interpreted, ~15x slower)
@dataclass(init=False, unsafe_hash=True)
class Cue:
    """One reading of status language in a sentence."""

    signal: Signal
    strength: float
    start: int
    end: int
    text: str
    kind: str = ""  # the lexicon class it was read from ("start_verb", "planned", ...)

    def __init__(self, signal: Signal, strength: float, start: int, end: int, text: str, kind: str = "") -> None:
        self.signal = signal
        self.strength = strength
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind


def cue_phrases() -> list[Phrase]:
    """The status-language phrases for the one-pass scan (kind "cue", tag = the class)."""
    phrases = []
    for cue_class, forms in _LEXICON.items():
        for form in forms.split("|"):
            ending = INFLECT if form.endswith("*") else PREFIX if form.endswith("~") else WORD
            text = form.rstrip("*~")
            phrases.append(Phrase("cue", f"{cue_class}:{text}", text, ending=ending, tag=cue_class))
    return phrases


def read_cues(hits: list[Hit], text: str, span: tuple[int, int]) -> list[Cue]:
    """The status readings of one sentence (``span`` of ``text``), modality and negation applied."""
    start, end = span
    cues = []
    expanded = denied = False
    for hit in _longest_only([h for h in hits if start <= h.start and h.end <= end]):
        cue_class = next(iter(hit.phrases.values())).tag
        if text[hit.start : hit.end] == "plant" and not _GERMAN.search(text, start, end):
            continue  # German "plant" (plans) in an English sentence is a factory
        cue = _FIXED_READINGS.get(cue_class) or _reading(cue_class, text, hit, span)
        if cue is not None:
            said = text[hit.start : hit.end]
            lowered = said.lower()
            expanded = expanded or lowered in _EXPANDED
            denied = denied or lowered.startswith(_DENIALS)
            if cue_class in ("delayed", "cancelled") and cue[0] is Signal.REAFFIRMED:
                cue_class = "denial"  # "not be postponed to 2028": the date said is the one denied
            elif cue_class == "moved" and cue[0] is Signal.REAFFIRMED and not lowered.startswith(_EXTENDING):
                cue_class = REVISED  # "moves the trials to 2027": which way, the date against the plan's tells
            cues.append(Cue(cue[0], cue[1], hit.start, hit.end, said, cue_class))
    # (the speed-up words are sought only when an expansion is said: the search, case-blind, is costly)
    if expanded and _SPEED_UP.search(text, start, end):
        # "expanded its agreement ... to speed up the industrialisation": more put in to reach it sooner
        cues = [
            Cue(Signal.ACCELERATED, 0.9, c.start, c.end, c.text, "accelerated") if c.text.lower() in _EXPANDED else c
            for c in cues
        ]
    instead = _INSTEAD.search(text, start, end) if any(c.signal is Signal.CANCELLED for c in cues) else None
    if instead and _same_end(text, start, end, instead):
        # "scraps the joint-venture plan, will license the cells instead": a plan given up for another way to the same
        # end; the plan itself may be news (a candidate), the milestone it served goes on
        cues = [
            Cue(c.signal, c.strength, c.start, c.end, c.text, REPLACED) if c.signal is Signal.CANCELLED else c
            for c in cues
        ]
    if denied:
        # "denied reports of a delay": the delay is what is denied
        cues = [c for c in cues if c.signal not in (Signal.DELAYED, Signal.CANCELLED)]
    elif any(c.kind == "reaffirmed" for c in cues) and any(c.signal is Signal.DELAYED for c in cues):
        # "remained on schedule, a day after a daily reported that fire-safety rules would push back the line": the
        # slip is the report the company answers
        cues = [
            c
            for c in cues
            if not (c.signal is Signal.DELAYED and _REPORTED_BEFORE.search(text, max(start, c.start - 90), c.start))
        ]
    if len(cues) > 1 and any(c.text in _PARTICIPLES for c in cues):
        # "its first car powered by all-solid-state cells remains on course for 2027-28", "expects its first test
        # vehicle running on the cells to be on public roads in 2025": the participle says what the thing is; the
        # sentence's other word tells the news
        told = [c for c in cues if not describes_a_thing(text, c.start, c.end, start)]
        cues = told or cues
    changes = [c.end for c in cues if c.signal in PLAN_CHANGES]
    if changes:
        # "pull forward the start of mass production", "delay the start of": the beginning is what is moved
        cues = [
            c for c in cues if not (c.kind == "start_verb" and any(0 <= c.start - e <= _OBJECT_GAP for e in changes))
        ]
    return cues


# a date told as the earliest, its negation words apart: "will not use the cells in a production car before 2028",
# "ne proposera pas de série limitée avant 2029" (searched in lower-cased text)
_NOT_BEFORE = re.compile(
    r"(?:\bnot\b|n't\b|\bnever\b|\bunlikely\b|\bne\b|\bn['’]|\bnicht\b|\bkein\w*)[^.;:!?]{0,80}?"
    r"\b(?P<before>before|until|avant|vor)\s+"
    r"(?:(?:the\s+)?(?:end|fin|ende)\s+(?:of\s+|de\s+)?)?(?:20\d\d)"
)
_NOT_BEFORE_WORDS = re.compile("before|until|avant|vor ")  # (what every match holds: a quick gate)


def earliest_date(text: str, start: int, end: int) -> Cue | None:
    """A plan told as not before a date, its negation apart from "before" (read where no other word is)."""
    if not _NOT_BEFORE_WORDS.search(text, start, end):
        return None
    found = _NOT_BEFORE.search(text, start, end)
    if found is None:
        return None
    said = found.group(0)[found.start("before") - found.start() :]
    return Cue(Signal.REAFFIRMED, PLANNED_STRENGTH, found.start("before"), found.end(), said, "planned")


# a date moved with its object between the verb's parts: "bringing large-scale production forward", "has moved its
# production start up to Q2 2027", "pushed the launch back to 2028" (searched in lower-cased text)
_SPLIT_MOVE = re.compile(
    r"\b(?P<verb>(?:bring|brings|bringing|brought|pull|pulls|pulling|pulled|move|moves|moving|moved)\s+(?!(?:to|for)\s)"
    r"(?P<object>(?:[\w'’-]+\s+){1,5})(?:forward\b|ahead\b|up(?=\s+(?:to|into)\s+(?:the\s+)?"
    r"(?:20\d\d|q[1-4]|first|second|third|fourth|early|mid|late|end|spring|summer|autumn|fall|winter)\b))|"
    r"(?:push|pushes|pushing|pushed|move|moves|moving|moved)\s+(?!(?:to|for)\s)(?P<moved>(?:[\w'’-]+\s+){1,4})back\b"
    r"(?!\s+(?:against|on)\b))"
)
# what is moved is a plan's event: "bringing large-scale production forward", not "brings capacity up to"
_PLAN_OBJECT = re.compile(
    r"\b(?:production|output|start|launch|debut|timeline|timetable|schedule|target|plans?|deliver(?:y|ies)|"
    r"shipments?|samples?|introduction|roll\s?out|industriali[sz]ation|commissioning|completion|installation|"
    r"tests?|testing|trials?|fitment|sop)\b"
)
# what any of the three below needs: one search rules most sentences out
_MOVE_GATE = re.compile("forward|ahead| up |back| als |earlier than|later than|behind")


# a date told against the plan's own: "about three months ahead of the June 2027 date it set", "a year behind its 2026
# target" (not "months ahead of 2027 production": the months before it)
_AGAINST_PLANNED_DATE = re.compile(
    r"\b(?:months?|weeks?|quarters?|years?|a\s+year|a\s+quarter|half\s+a\s+year)\s+(?P<way>ahead\s+of|earlier\s+than|"
    r"behind|later\s+than)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}20\d\d\s+(?:date|target|plan|schedule|"
    r"timeline|deadline)"
)


# a German comparative split by its verb: "will ihren Supersportler früher ausliefern als geplant"
_SPLIT_COMPARED = re.compile(
    r"\b(?P<way>früher|später|schneller)\s+(?:[\w'’-]+\s+){1,3}als\s+(?:ursprünglich\s+|bisher\s+|zunächst\s+)?"
    r"(?:geplant|vorgesehen|angekündigt)"
)
# a programme ended sooner than planned is ended: "beendet die Erprobung früher als geplant", "met fin plus tôt que
# prévu aux essais"
_ENDED = re.compile(
    r"\b(?:beendet|beenden|beendete|ends|ended|halts|halted|stops|stopped|terminates|terminated|arrête|arrêté)\b|"
    r"\bmet\s+fin\b|\bmettre\s+fin\b|\bmustert\b.{0,60}\baus\b"
)


# a deed told with how late it came: the lateness is measured against the plan ("began road testing, a few months
# later than the date it set"), or the deed came at last ("推迟近两年的电池终于交到用户手中")
_LATENESS_WORDS = (
    "later than",
    "behind schedule",
    "longer than",
    "later date than",
    "a year late",
    "years late",
    "später als",
    "länger als",
    "plus longtemps",
    "晚于",
)
# a clause set against another ("completed its line, but mass production will begin later"): two things told
CONTRAST = re.compile(
    r"\b(?:but|yet|while|whereas|although|though|aber|mais|doch)\b|但|却|しかし|が、|하지만|지만|그러나", re.I
)
_AT_LAST = re.compile(
    r"\b(?:finally|at last|endlich|enfin)\b|终于|終於|ついに|ようやく|やっと|마침내|드디어|비로소", re.I
)


def done_late(cues: list[Cue], text: str, start: int, end: int) -> bool:
    """Whether a sentence tells a deed done with how late it came: the deed is the news, its delay is over."""
    if not any(c.signal is Signal.ACHIEVED and c.strength >= FIRM for c in cues):
        return False
    delays = [c for c in cues if c.signal is Signal.DELAYED]
    if not delays:
        return False
    deed = min(c.start for c in cues if c.signal is Signal.ACHIEVED)
    if any(CONTRAST.search(text, min(deed, c.start), max(deed, c.start)) for c in delays):
        return False  # "completed its line, but mass production will begin later than planned": two things told
    return (
        all(c.text.lower().startswith(_LATENESS_WORDS) for c in delays) or _AT_LAST.search(text, start, end) is not None
    )


def ended_early(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends a programme (its change "earlier than planned" is its end come sooner)."""
    return _ENDED.search(text, start, end) is not None


def split_move(text: str, start: int, end: int) -> Cue | None:
    """A date moved, the verb's object between its parts, or told against the plan's date (read where no other word
    of a change is)."""
    if not _MOVE_GATE.search(text, start, end):
        return None
    if (found := _SPLIT_MOVE.search(text, start, end)) and _PLAN_OBJECT.search(
        found.group("object") or found.group("moved") or ""
    ):
        said = found.group(0)
        signal = Signal.DELAYED if said.endswith("back") else Signal.ACCELERATED
        return Cue(signal, _STRENGTH[signal], found.start(), found.end(), said, signal.value)
    if found := _SPLIT_COMPARED.search(text, start, end):
        signal = Signal.DELAYED if found.group("way") == "später" else Signal.ACCELERATED
        return Cue(signal, _STRENGTH[signal], found.start(), found.end(), found.group(0), signal.value)
    if found := _AGAINST_PLANNED_DATE.search(text, start, end):
        signal = Signal.ACCELERATED if found.group("way").startswith(("ahead", "earlier")) else Signal.DELAYED
        return Cue(signal, _STRENGTH[signal], found.start(), found.end(), found.group(0), signal.value)
    return None


def tie_ended(text: str, start: int, end: int) -> int | None:
    """Where the tie with a partner named from ``start`` (after a word of ending) ends, if the words name one:
    "its pact with", "ProLogium solid-state cooperation"."""
    tie = _ENDED_TIE.match(text, start, end)
    return tie.end() if tie else None


def describes_a_thing(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a participle after a noun phrase ("its first car powered by ...") says what the thing is; it tells
    no event where a verb of the sentence follows it."""
    return text[start:end] in _PARTICIPLES and bool(
        _NOUN_PHRASE_BEFORE.search(text, max(sentence_start, start - 48), start)
    )


def _same_end(text: str, start: int, end: int, instead: re.Match[str]) -> bool:
    """Whether the clause of "instead" speaks of the same end (the cells, a licence, a partner)."""
    before = _CLAUSE_START.split(text[max(start, instead.start() - 80) : instead.start()])[-1]
    after = _CLAUSE_START.split(text[instead.end() : min(end, instead.end() + 60)])[0]
    if _OTHER_CHEMISTRY.search(before) or _OTHER_CHEMISTRY.search(after):
        return False  # "will use conventional lithium-ion cells instead": the solid-state plan itself is given up
    return bool(_SAME_END.search(before) or _SAME_END.search(after))


def _longest_only(hits: list[Hit]) -> list[Hit]:
    """Drop cues overlapping a longer one ("started" in "started mass production", "has started" against
    "started construction")."""
    if len(hits) < 2:
        return list(hits)
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: h.start - h.end):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _reading(cue_class: str, text: str, hit: Hit, span: tuple[int, int]) -> tuple[Signal, float] | None:
    """The reading of a cue whose class is not read alike wherever it stands."""
    start, end = span
    before, after = text[max(start, hit.start - 48) : hit.start], text[hit.end : min(end, hit.end + 24)]
    if not after.isascii() and _WHETHER_CJK.match(text, max(start, hit.end - 1), min(end, hit.end + 8)):
        return None  # an open question, not news
    if cue_class == "reaffirmed" and text[start:end].rstrip().rstrip(CLOSING_MARKS).endswith(("?", "？")):
        return None  # "Bleibt es bei 2027?": a question, not a plan held
    if cue_class in ("delayed", "cancelled", "accelerated"):
        if (
            NEGATION_BEFORE.search(before)
            or NEGATION_CJK_BEFORE.search(before)
            or _NEGATION_CJK_AFTER.match(after)
            or _DENIED_CJK_AFTER.match(after)
        ):
            return Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]  # "no delay", "not be postponed"
        if (
            not after.isascii()
            and _REPORTED_CJK_AFTER.match(text, hit.end, end)
            and _REPORT_DENIED_CJK.search(text, hit.end, end)
        ):
            return Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]  # a reported slip, denied
        if (
            not before.isascii()
            and _RUMOURED_CJK_BEFORE.search(before)
            and (
                _REPORT_DENIED_CJK.search(text, hit.end, end)
                or _ANSWERED_CJK.match(text, end, min(len(text), end + _ANSWER_REACH))
            )
        ):
            # a rumoured change, answered there or right after: "市场传言称…已提前进入量产阶段。对此…仍按计划推进"
            return Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]
        if _HEDGE.search(before) or _HEDGE_CJK_AFTER.match(after):
            if cue_class == "accelerated":
                return Signal.ACCELERATED, PLANNED_STRENGTH  # "could pull forward mass production": a company's hope
            return None  # "could be delayed": a risk, not news
        if cue_class == "cancelled" and _TEMPORARY.search(text, start, end):
            return None  # "a small fire halts production", "停工三天": an interruption, nothing given up
        if cue_class == "delayed" and _EARLIER_TARGETS_BEFORE.search(before):
            return None  # "has let earlier solid-state targets slip": its history, not this story's news
        if (
            cue_class == "delayed"
            and text[hit.start : hit.end].lower().startswith(("slip", "rutsch"))
            and (_MONEY_BEFORE.search(before))
        ):
            return None  # "as profit slips": the company's results, not its plan
        if cue_class == "delayed" and "wait" in text[hit.start : hit.end] and CONTRAST.search(text, start, hit.start):
            return None  # "premium cars by 2030, but cheaper models will have to wait until": another thing waits
        if cue_class == "delayed" and _OVERCOME.search(before):
            return None  # "after months of delay, it is now in production": the delay is behind it
        if _CONCESSIVE_CJK_AFTER.match(after):
            return None  # "トヨタの全固体車後ずれでも投資継続": the slip is what the news holds despite, not the news
        if cue_class == "delayed" and _HISTORY_AFTER.match(text, hit.end, min(end, hit.end + 48)):
            return None  # "the company has missed targets before": its history, not this story's news
        said = text[hit.start : hit.end].lower()
        if said.endswith("ahead of") and not _PLAN_NOUN_AFTER.match(text, hit.end, min(end, hit.end + 40)):
            return None  # "two years ahead of its rivals": a lead over others, not a plan brought forward
        if said == "vom tisch" and _WORRY_BEFORE.search(text, start, hit.start):
            return Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]  # "eine Verschiebung ist vom Tisch": no slip
        if said.startswith("report") and before.rstrip().endswith(("se", "s'")):
            return None  # "la demande se reporte sur ...": shifts to, nothing put off
        signal = Signal(cue_class)
        return signal, _STRENGTH[signal]
    if cue_class == "small_share":
        if (_SHARE_AFTER.match(after) or _SHARE_BEFORE.search(before)) and _SHARE_OF.search(text, start, end):
            return Signal.DELAYED, 0.7
        return None  # "only about 5% liquid electrolyte": a small amount, not a small market
    if cue_class == SUPPLIES:
        if after[:1] in ("망", "사", "처", "链", "商", "先"):
            return None  # 공급망, 供应链, 供应商: a supply chain, a supplier, not a delivery
        return Signal.STARTED, _STRENGTH[Signal.STARTED]
    if cue_class == KEPT:
        if _KEPT_PLAN.match(text, hit.end, min(end, hit.end + 50)) and not NEGATION_BEFORE.search(before):
            return Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]
        return None  # "keeps BMW cells flowing", "kept in a dry room": nothing of a plan
    if cue_class == ENDED:
        if _ENDED_TIE.match(text, hit.end, min(end, hit.end + 50)):
            return Signal.CANCELLED, _STRENGTH[Signal.CANCELLED]
        return None  # "the quarter ended", "ends the year": no undertaking given up
    if cue_class == "separable":
        particle = _PARTICLE_CLOSING.match(text, hit.end, min(end, hit.end + 100))
        said = text[hit.start : hit.end].lower()
        if (
            particle
            and (
                after.lstrip().lower().startswith("sich ")  # "stellt sich ... vor" (imagines), "stellt sich ... ein"
                or (said[:3] == "ste" and _PEOPLE.search(particle.group(0)))  # "stellt 1000 Mitarbeiter ein" (hires)
                or (
                    said[:3] in ("gib", "geb", "gab") and not _PLAN_NOUN_DE.search(particle.group(0))
                )  # "gibt Rätsel auf"
            )
        ):
            return None
        separated = _SEPARABLE.get((said[:3], particle.group("particle") if particle else ""))
        # ("gibt einen Ausblick", "stellt Bedingungen": no particle, another verb)
        return (separated, _STRENGTH[separated]) if separated is not None else None
    if cue_class == "moved":
        # "pulls mass production forward to 2027", "pushes the Dunkirk start to 2028": the object between
        if _MOVED_EARLIER.match(text, hit.end, min(end, hit.end + 60)):
            return Signal.ACCELERATED, 0.9
        said = text[hit.start : hit.end].lower()
        if said.startswith("zieh") and _MOVED_EARLIER_DE.match(text, hit.end, min(end, hit.end + 90)):
            return Signal.ACCELERATED, 0.9
        if said.startswith("zieh") and _DRAGS_ON.match(text, hit.end, min(end, hit.end + 80)):
            return Signal.DELAYED, 0.9  # "die Erprobung zieht sich bis 2027": it drags on
        if said.startswith(_EXTENDING):
            # a plan kept on, to a later end: a slip only where that end is past the timeline's (read by the date)
            extended = _TESTS_EXTENDED.match(text, hit.end, min(end, hit.end + 160))
            return (Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]) if extended else None
        if said.startswith(("push", "sli")) and _MOVED_LATER.match(text, hit.end, min(end, hit.end + 150)):
            if said in ("slide", "sliding") and not _SLIDE_INTO.match(text, hit.end, end):
                return None  # "a slide pointing to 2027": the noun, not a date slipping
            return Signal.DELAYED, 0.9
        if text[hit.start : hit.end].lower().startswith("mov") and _MOVED_LATER.match(
            text, hit.end, min(end, hit.end + 60)
        ):
            return Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]  # moved to a date: its way, by the plan's date
        return None
    if cue_class == "reaffirmed":
        if (
            text[hit.start : hit.end].lower() in _CONFIRMING
            and _ATTRIBUTION_BEFORE.search(before)
            and _ATTRIBUTION_AFTER.match(text, hit.end, end)
        ):
            return None  # "has scrapped the plan, the company confirmed on Thursday": who says it, no plan held
        if NEGATION_BEFORE.search(before) or NEGATION_CJK_BEFORE.search(before):
            return Signal.DELAYED, 0.8  # "has not arrived on schedule", "no longer on track"
        if text[hit.start : hit.end].lower() in _AS_PLANNED and _NOT_IN_CLAUSE.search(
            text, max(start, hit.start - 110), hit.start
        ):
            return Signal.DELAYED, 0.8  # "will not fit its first batteries to test vehicles this year as planned"
        if _INSTEAD_BEFORE.search(before):
            return None  # "statt wie geplant im Sommer 2026 nun Anfang 2027": the plan given up, its date moved
        return Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]
    if text[hit.start : hit.end].lower() in ("signed", "inked") and _AGREEMENT_BEFORE.search(before):
        return None  # "under the agreement signed in October": which agreement, not a signing told now
    if text[hit.start : hit.end].lower() in _HANDING_OVER and _TO_SOMEONE.match(text, hit.end):
        return None  # "Singh hands over to his successor": a post handed on, nothing delivered
    if after.startswith("的") and after[1:2].isalnum() and _CJK_ATTRIBUTIVE.search(text[hit.start : hit.end]):
        return None  # "根据今年7月签署的授权协议": which agreement (the one signed), not a signing told now
    if after.startswith("의") and "\uac00" <= text[hit.end - 1] <= "\ud7a3":
        return None  # "공급계약의 종료일": what a Korean noun is the attribute of, not an event
    if cue_class in ("achieved", "start_verb") and _CUT_BACK_BEFORE.search(before):
        return None  # "scales back solid-state road testing": less of it, no deed told
    if text[hit.start : hit.end].startswith("투입") and _FUNDS_BEFORE.search(before):
        return Signal.STARTED, _STRENGTH[Signal.STARTED]  # "자금 투입을 시작": money put in, work begun
    if text[hit.start : hit.end] == "下线" and _TAKEN_OFFLINE_BEFORE.search(before):
        return Signal.CANCELLED, _STRENGTH[Signal.CANCELLED]  # "租用入口已于近日下线": the offer taken offline
    if text[hit.start : hit.end] in ("a remis", "ont remis") and _PUT_OFF_AFTER.match(after):
        return None  # "a remis en cause", "a remis à plus tard": questioned, put off, nothing handed over
    if (
        cue_class == "achieved"
        and text[hit.start : hit.end].lower() in _PRESENTING
        and _FINDINGS_AFTER.match(text, hit.end, min(end, hit.end + 60))
    ):
        return None  # "engineers presented test data at a congress": research told, no step of the undertaking
    if cue_class == "started" and _LOCAL_PACT.search(text, start, end):
        return None  # "a disaster-cooperation pact with the local fire department": the site's upkeep, not a step
    since = _TIME_SINCE_BEFORE.search(before) if cue_class in ("achieved", "start_verb", "started") else None
    if since is not None and (
        # (the time's clause set off from the story's own: "..., the pack remains", "..., a year after it opened")
        "," in text[hit.end : end] or before[: since.start()].rstrip().endswith(",")
    ):
        return None  # "nine months after Nio began offering the pack, it remains ...": the deed is the time's mark
    if cue_class in ("achieved", "start_verb") and _RELATIVE_BEFORE.search(before):
        return None  # "the i7 that has been running on its cells since last spring": what the thing is, told before
    if cue_class in ("achieved", "start_verb", "started") and (
        _DESCRIBING_PERFECT_BEFORE.search(before)
        or (text[hit.start : hit.end].lower().startswith(("is ", "are ")) and _DESCRIBING_CLAUSE_BEFORE.search(before))
    ):
        return None  # "Idemitsu, which is building plants in Chiba, gave no details": what it is doing, told aside
    if before.endswith(("ly ", "ly-", "just ")) and _DESCRIBING.search(before):
        return None  # "the recently launched MG4": what the thing is, not what happened
    if (
        text[hit.start : hit.end] in _PARTICIPLES
        and _PLAN_WORD.search(before)
        and (_NOUN_PHRASE_BEFORE.search(before) or _BARE_NOUN_BEFORE.search(before))
    ):
        # "plans to put a test vehicle running on its cells on the road", "plans to put demonstration vehicles
        # powered by its cells on the road": what the planned car is
        return None
    near = before[-_MODAL_REACH:]
    modal = (
        (not near.isascii() or _MODAL_BEFORE_ASCII.search(near.lower())) and _MODAL_BEFORE.search(near)
    ) or _MODAL_CJK_BEFORE.search(before)
    # "仍计划于下半年完成装车，随后开展整车验证": what follows a plan is planned too
    sequel = (
        not modal
        and not before.isascii()
        and _THEN_CJK_BEFORE.search(before)
        and _PLAN_CJK.search(text, start, hit.start)
    )
    if modal or sequel or _MODAL_CJK_AFTER.match(after) or after.startswith(("后", "後")):  # ("建成后将": once built)
        return Signal.REAFFIRMED, PLANNED_STRENGTH  # "will open", "plans to start": still a plan
    if cue_class == REVISED:
        return Signal.REAFFIRMED, _STRENGTH[Signal.REAFFIRMED]  # its new date, read against the timeline, says more
    if cue_class == "achieved" and (
        _INSTALLING_EQUIPMENT.match(text, hit.end, min(end, hit.end + 70))
        or _EQUIPMENT_IN_CJK.search(text, max(start, hit.start - 12), hit.start)
        or (text[hit.start : hit.end] in _ARRIVED and _EQUIPMENT_DE.search(text, start, hit.start))
        or (text[hit.start : hit.end].lower() in _LAUNCHED and ASSEMBLY.search(text, hit.end, min(end, hit.end + 50)))
    ):
        return Signal.STARTED, _STRENGTH[Signal.STARTED]  # equipment installed is work toward what it will make
    said = text[hit.start : hit.end].lower()
    if cue_class == "achieved" and said in _PUT and (put := _PUT_PARTICLE.match(text, hit.end, end)) is not None:
        if put.group(1).lower() == "at":
            return None  # "analysts had put the start at 2027": an estimate
        return Signal.DELAYED, _STRENGTH[Signal.DELAYED]  # "had put the shipments off until next year"
    if said in _CEREMONIES and _SHOW_BEFORE.search(before):
        return None  # "在上海车展开幕典礼上表示": a show opened, not a plant
    if said == "achieving its" and (
        not before.rstrip().endswith((",", "，")) or _PLAN_WORD.search(text, start, hit.start)
    ):
        return None  # "confident of achieving its goal": still ahead; only "…, achieving its goal" tells it done
    if cue_class == "start_verb":
        # "deliveries have started" is the launch itself; "start of series production" is work beginning, and so is
        # the assembly of what will run ("der Aufbau von drei Versuchsfahrzeugen hat begonnen")
        near = text[max(start, hit.start - 70) : min(end, hit.end + 40)]
        happening = (_HAPPENING.search(text[start:end]) or _HAPPENING_NEAR.search(near)) and not ASSEMBLY.search(near)
        signal = Signal.ACHIEVED if happening else Signal.STARTED
        return signal, _STRENGTH[signal] * 0.9
    signal = Signal(cue_class)
    return signal, _STRENGTH[signal]


def strongest(cues: list[Cue]) -> Cue | None:
    """The reading that wins in one clause: the most decisive signal, then the firmest wording."""
    if not cues:
        return None
    return max(cues, key=lambda c: (c.strength >= 0.8, PRIORITY[c.signal], c.strength, -c.start))
