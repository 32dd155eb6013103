#!/usr/bin/env python3
"""Usage: po/fill-en-gb.py po/en_GB.po

Fills a po file's untranslated and fuzzy entries with the British English
form of the US source: spelling (-ise, -our, -re, -ll-, licence, programme,
catalogue...) and a few safe terms (CV, primary and secondary school,
maths, mobile phone, car park, postcode, holiday)."""
import re, sys

IZE_EXCEPTIONS = {'size', 'sizes', 'sized', 'sizing', 'prize', 'prizes', 'prized', 'seize', 'seized', 'seizes',
                  'seizing', 'capsize', 'resize', 'resized', 'resizing', 'oversize', 'oversized', 'downsize',
                  'downsized', 'downsizing', 'upsize', 'bite-size', 'citizen', 'citizens', 'maize', 'baize'}
WORDS = {
    'color': 'colour', 'colors': 'colours', 'colored': 'coloured', 'coloring': 'colouring', 'colorful': 'colourful',
    'favor': 'favour', 'favors': 'favours', 'favorite': 'favourite', 'favorites': 'favourites', 'favorable': 'favourable',
    'behavior': 'behaviour', 'behaviors': 'behaviours', 'behavioral': 'behavioural',
    'labor': 'labour', 'labored': 'laboured', 'honor': 'honour', 'honors': 'honours', 'honored': 'honoured',
    'neighbor': 'neighbour', 'neighbors': 'neighbours', 'neighborhood': 'neighbourhood', 'neighborhoods': 'neighbourhoods',
    'humor': 'humour', 'rumor': 'rumour', 'rumors': 'rumours', 'odor': 'odour', 'odors': 'odours',
    'endeavor': 'endeavour', 'endeavors': 'endeavours', 'flavor': 'flavour', 'flavors': 'flavours',
    'vapor': 'vapour', 'vapors': 'vapours', 'rigor': 'rigour', 'vigor': 'vigour', 'armor': 'armour', 'harbor': 'harbour',
    'center': 'centre', 'centers': 'centres', 'centered': 'centred', 'theater': 'theatre', 'theaters': 'theatres',
    'liter': 'litre', 'liters': 'litres', 'fiber': 'fibre', 'fibers': 'fibres', 'caliber': 'calibre',
    'defense': 'defence', 'offense': 'offence', 'offenses': 'offences', 'pretense': 'pretence',
    'license': 'licence', 'licenses': 'licences',
    'program': 'programme', 'programs': 'programmes',
    'traveling': 'travelling', 'traveled': 'travelled', 'traveler': 'traveller', 'travelers': 'travellers',
    'canceled': 'cancelled', 'canceling': 'cancelling', 'cancelation': 'cancellation', 'cancelations': 'cancellations',
    'labeled': 'labelled', 'labeling': 'labelling', 'modeling': 'modelling', 'modeled': 'modelled',
    'fueling': 'fuelling', 'fueled': 'fuelled', 'counseling': 'counselling', 'counselor': 'counsellor',
    'counselors': 'counsellors', 'signaling': 'signalling', 'signaled': 'signalled', 'leveling': 'levelling',
    'totaling': 'totalling', 'totaled': 'totalled', 'marshaling': 'marshalling', 'channeling': 'channelling',
    'enrollment': 'enrolment', 'enrollments': 'enrolments', 'enroll': 'enrol', 'enrolls': 'enrols',
    'fulfill': 'fulfil', 'fulfills': 'fulfils', 'fulfillment': 'fulfilment', 'skillful': 'skilful',
    'installment': 'instalment', 'installments': 'instalments', 'jewelry': 'jewellery', 'aluminum': 'aluminium',
    'gray': 'grey', 'catalog': 'catalogue', 'catalogs': 'catalogues', 'judgment': 'judgement', 'judgments': 'judgements',
    'aging': 'ageing', 'mold': 'mould', 'molds': 'moulds', 'maneuver': 'manoeuvre', 'maneuvers': 'manoeuvres',
    'maneuvering': 'manoeuvring', 'pediatric': 'paediatric', 'orthopedic': 'orthopaedic', 'anesthesia': 'anaesthesia',
    'anesthetic': 'anaesthetic', 'gynecology': 'gynaecology', 'hemoglobin': 'haemoglobin', 'leukemia': 'leukaemia',
    'esthetic': 'aesthetic', 'math': 'maths', 'résumé': 'CV', 'résumés': 'CVs', 'tire': 'tyre', 'tires': 'tyres',
    'curb': 'kerb', 'pajamas': 'pyjamas', 'plow': 'plough', 'check-in': 'check-in', 'practicing': 'practising',
    'vacation': 'holiday', 'vacations': 'holidays', 'gasoline': 'petrol', 'sidewalk': 'pavement',
    'sidewalks': 'pavements', 'apartment': 'flat', 'apartments': 'flats',
}
PHRASES = [
    ('elementary school', 'primary school'), ('elementary schools', 'primary schools'),
    ('high school diploma', 'secondary school qualification'), ('high school', 'secondary school'),
    ('cell phone', 'mobile phone'), ('cell phones', 'mobile phones'), ('parking lot', 'car park'),
    ('parking lots', 'car parks'), ('zip code', 'postcode'), ('zip codes', 'postcodes'),
    ("driver's license", "driving licence"), ("driver's licenses", "driving licences"),
]
SOFTWARE = re.compile(r'software|computer|coding|code|app\b|apps\b|script|IT\b', re.I)

def case_like(src, repl):
    if src.isupper() and len(src) > 1: return repl.upper()
    if src[0].isupper(): return repl[0].upper() + repl[1:]
    return repl

def word(m, text):
    w = m.group(0); low = w.lower()
    if low in ('program', 'programs') and SOFTWARE.search(text):
        return w
    if low in WORDS:
        return case_like(w, WORDS[low])
    mm = re.fullmatch(r'([a-z]{2,})(yz)(e|es|ed|ing|er|ers)', low)
    if mm:
        return case_like(w, mm.group(1) + 'ys' + mm.group(3))
    mm = re.fullmatch(r'([a-z]{2,})iz(e|es|ed|ing|ation|ations|ational|er|ers)', low)
    if mm and low not in IZE_EXCEPTIONS:
        return case_like(w, mm.group(1) + 'is' + mm.group(2))
    return w

def to_uk(text):
    for us, uk in PHRASES:
        text = re.sub(r'\b' + re.escape(us) + r'\b', lambda m: case_like(m.group(0), uk), text, flags=re.I)
    return re.sub(r"[A-Za-zé]+(?:-in)?", lambda m: word(m, text), text)

def unquote(lines):
    return ''.join(eval(l[l.index('"'):]) if l.startswith('msg') else eval(l) for l in lines)

def quote(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t') + '"'

if __name__ == '__main__':
    path = sys.argv[1]
    text = open(path, encoding='utf-8').read()
    blocks = text.strip('\n').split('\n\n')
    out = [blocks[0]]; n = 0
    for b in blocks[1:]:
        lines = b.split('\n')
        fuzzy = any(l.startswith('#, ') and 'fuzzy' in l for l in lines)
        # locate msgid and msgstr
        i_id = next(i for i, l in enumerate(lines) if l.startswith('msgid '))
        i_str = next(i for i, l in enumerate(lines) if l.startswith('msgstr'))
        if lines[i_str].startswith('msgstr['):
            out.append(b); continue
        msgid = unquote(lines[i_id:i_str])
        msgstr = unquote(lines[i_str:])
        if msgstr and not fuzzy:
            out.append(b); continue
        new = [l for l in lines[:i_str] if not l.startswith('#|')]
        new2 = []
        for l in new:
            if l.startswith('#, '):
                flags = [f.strip() for f in l[3:].split(',') if f.strip() != 'fuzzy']
                if flags: new2.append('#, ' + ', '.join(flags))
            else:
                new2.append(l)
        new2.append('msgstr ' + quote(to_uk(msgid)))
        out.append('\n'.join(new2)); n += 1
    open(path, 'w', encoding='utf-8').write('\n\n'.join(out) + '\n')
    print('filled', n)
