"""Traditional Chinese characters folded to their simplified forms, one character for one, so that a phrase
spelt in one script finds the other (Taiwanese news writes 輝能 "啟用" a 工廠 that mainland news writes
"启用" and 工厂). Both the phrases and the scanned text are folded, so Japanese kanji that share a
traditional form (電池) keep matching too.

The table covers the characters of battery, car and business news; a character left out only costs the
match of a phrase spelt with it.
"""

from __future__ import annotations

# pairs of (traditional, simplified), grouped loosely by subject
_PAIRS = (
    "電电車车產产廠厂開开啟启動动簽签協协議议態态體体輝辉線线規规裝装試试驗验計计劃划與与發发營营運运實实現现"
    "應应術术業业週周書书導导預预達达際际場场區区園园觀观國国為为進进將将後后從从時时間间層层鋰锂質质極极"
    "負负來来傳传資资貨货額额億亿萬万東东長长門门團团隊队組组織织標标樣样測测積积興兴華华寧宁寶宝豐丰馬马"
    "馳驰藍蓝薩萨專专續续設设備备證证認认類类級级約约結结終终納纳紙纸聯联載载費费價价貴贵賽赛艦舰環环變变"
    "斷断擴扩換换攜携據据構构機机離离優优勢势報报領领頭头會会說说讓让顯显爾尔濟济經经屆届號号項项題题點点"
    "無无於于這这對对個个們们還还過过邊边維维護护險险競竞爭争創创務务處处擬拟總总數数穩稳轉转輪轮軟软壓压"
    "溫温熱热縮缩脹胀衝冲擊击鏈链鐵铁銷销買买賣卖貿贸廣广陽阳陸陆歐欧韓韩灣湾臺台蘇苏滬沪粵粤黃黄飛飞龍龙"
    "雲云氣气圓圆壽寿衛卫製制復复歷历劑剂鹽盐鈉钠鎳镍鈷钴錳锰矽硅鋁铝銅铜膠胶顆颗當当關关閉闭問问戰战職职"
    "員员參参噸吨屬属獲获獎奖勵励釋释詳详細细節节獨独儲储範范圍围樂乐紀纪錄录統统籌筹計计畫画線线"
    "陣阵團团寬宽廳厅標标準准確确認认輛辆駕驾駛驶續续補补貼贴稅税訂订單单擁拥術术漲涨價价幣币決决禮礼儀仪舉举"
)
TRADITIONAL_TO_SIMPLIFIED = str.maketrans({_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)})
