"""How a question asks for a sum of money, and how the sum is written: 多少奖金 and 工资是多少 are
answered in a currency (3.5亿元, US$3,000, 481.78亿南非兰特), 一共挣了多少 by money though a count came
before it, 多少钱一斤 by a price per 斤. Kept apart from `qa.asked_amounts` because money is read by
what it pays and the currency it is written in, not by a measure word; it borrows only the numerals
(`NUMERAL`, `ELIDED`). `qa.asked` reads these into the question's `Asked` value.
"""

from __future__ import annotations

import re

from .asked_amounts import ELIDED, NUMERAL

# A price per unit: 多少钱一斤, 每斤多少钱, 一斤多少钱. Not a word that starts with 一 (一共多少钱, 问一下
# 多少钱, 一般多少钱: the sum itself).
_NOT_UNIT = r"(?![共起般直下样樣些点點同道齐齊总總])"
_PER_UNIT_Q = re.compile(r"多少钱\s*(?:一|每)\s*" + _NOT_UNIT + r"([\u4e00-\u9fff])"
                         r"|(?:一|每)\s*" + _NOT_UNIT
                         + r"([\u4e00-\u9fff])\s*(?:能|可以|可)?(?:要|卖|賣|是|值)?(?:到|得到|上)?\s*多少钱")


# A sum of money asked by what it pays (多少奖金, 工资是多少): answered in a currency, not any number
# (奖金排名前16名 is a ranking).
_MONEY = (r"(?:奖金|獎金|资金|資金|经费|經費|工资|工資|薪水|薪酬|年薪|月薪|费用|費用|罚款|罰款|罚金|罰金|赔偿|賠償|租金"
          r"|学费|學費|投资|投資|利润|利潤|营收|營收|营业额|營業額|销售额|銷售額|票房|身价|身價|转会费|轉會費"
          r"|成本|预算|預算|捐款|补贴|補貼|补助|補助|奖励|獎勵|造价|造價|售价|售價|价格|價格|市值|税收|稅收"
          # Fees and prices as people ask them (白领驿家的会费是多少: 22层 is no answer).
          r"|会费|會費|门票|門票|票价|票價|房租|房价|房價|收费|收費|车费|車費|电费|電費|水费|水費|物业费|物業費"
          r"|管理费|管理費|服务费|服務費|手续费|手續費|运费|運費|年费|年費|押金|工钱|工錢|报酬|報酬|价钱|價錢"
          # What something brings in (带来多少收益: 整合资金约3.5亿元 is what went in).
          r"|收益|收入|分红|分紅|盈利|利息)")
# A kind of sum may stand between (多少专项经费, 多少涉农资金, 多少欧元价格), not 的 (多少的教育经费 may
# ask a multiple).
_MONEY_Q = re.compile(r"多少(?:(?!的)[\u4e00-\u9fff]){0,3}?" + _MONEY + "|" + _MONEY
                      + r"(?:是|有|为|為|达|達|共)?(?:多少|几|幾)(?![个個人名位次年天])"
                      # 中央财政拨了多少: what is allocated, donated or put in is money.
                      r"|(?:拨|撥|拨付|撥付|拨款|撥款|捐|捐款|捐赠|捐贈|出资|出資)(?:了|过|過)?(?:多少|几|幾)(?![个個人名位次年天件])")
# Currencies a country's name may come before (481.78亿南非兰特, 30亿巴西雷亚尔).
_NATIONAL_CURRENCY = (r"法郎|卢布|盧布|马克|馬克|比索|披索|里拉|铢|銖|卢比|盧比|第纳尔|第納爾|兰特|蘭特|雷亚尔|雷亞爾|克朗"
                      r"|林吉特|先令|迪拉姆|里亚尔|里亞爾|兹罗提|茲羅提|福林|谢克尔|謝克爾")
MONEY_A = re.compile(r"(?:[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[一二两三四五六七八九十百千]+)\s*(?:多|余|餘)?\s*[万萬亿億千百]?"
                     r"\s*(?:多|余|餘)?\s*(?:美|港|日|韩|韓|欧|歐|英|澳|加|台|臺|新台|新臺|人民|新)?(?:元|币|幣|块|塊|镑|鎊|美金|港币|港幣|台币|臺幣"
                     r"|欧|歐|圆|圓|两银|兩銀|文钱|文錢|美分|盾|" + _NATIONAL_CURRENCY + r"|[a-z]{0,2}\$)" + ELIDED
                     + r"|[0-9]\s*[万萬亿億千百]?[\u4e00-\u9fff]{1,4}?(?:" + _NATIONAL_CURRENCY + ")"
                     # The currency written first: 人民币100万以上, US$3,000.
                     + r"|(?:人民币|人民幣|美金|港币|港幣|新台币|新臺幣|[a-z]{0,2}\$)\s*[0-9]")


# What earning, spending or selling came to, the asking last (一共挣了多少, 卖了多少钱呢, 花了几块):
# a sum of money, whatever was counted earlier in the question (把几户脱贫户的羊…一共挣了多少 asks
# no count of households).
_EARNED_Q = re.compile(r"(?:赚|賺|挣|掙|花|亏|虧|赔|賠|收入|进账|進賬|创收|創收|增收|卖|賣)(?:了|到|得|来|來|回)?"
                       r"(?:一共|总共|總共|共|大概|大约|大約)?(?:多少|几|幾)(?:钱|錢|块|塊)?(?:钱|錢)?"
                       r"(?=[呢吗嗎啊呀吧？?，,。！!\s]|$)")


def asks_money(folded: str) -> bool:
    """多少奖金, 工资是多少: a sum of money, answered in a currency (`MONEY_A`)."""
    return _MONEY_Q.search(folded) is not None


def asks_earned(folded: str) -> bool:
    """一共挣了多少: what earning, spending or selling came to, asked last (`_EARNED_Q`): money,
    though a count came before it."""
    return _EARNED_Q.search(folded) is not None


def price_pattern(folded: str) -> re.Pattern[str]:
    """多少钱 is answered by a sum in any currency (2.55亿人民币, 全程：$4.7, 5万5千美元); 多少钱一斤 by a
    price per 斤 (二三十块钱一斤), not by a sum (1万多块钱)."""
    per = _PER_UNIT_Q.search(folded)
    if per is None:
        return MONEY_A
    per_unit = re.escape(per.group(1) or per.group(2))
    return re.compile(NUMERAL + r"[万亿]?[元块](?:钱)?\s*(?:一|每|/)" + per_unit
                      + r"|(?:一|每)" + per_unit + r"[^，。,;；]{0,3}?" + NUMERAL + r"[万亿]?[元块]")
