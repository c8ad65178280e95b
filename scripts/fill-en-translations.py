# Fills motcua_en.ts: English is the source language, so each translation is
# the source text; numerus messages get singular and plural forms from "(s)".
import re, sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
def fix(m):
    msg = m.group(0)
    if 'type="unfinished"' not in msg:
        return msg
    src = re.search(r'<source>(.*?)</source>', msg, re.S).group(1)
    if 'numerus="yes"' in msg:
        one = src.replace('(s)', '')
        many = src.replace('(s)', 's')
        tr = '<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>' % (one, many)
    else:
        tr = '<translation>%s</translation>' % src
    return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', lambda _: tr, msg, flags=re.S)
s = re.sub(r'<message[^>]*>.*?</message>', fix, s, flags=re.S)
open(p, 'w', encoding='utf-8').write(s)
