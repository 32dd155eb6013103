#!/usr/bin/env python3
# Writes the .docx and .odt job descriptions that tests/test-import.c
# imports: small hand-made files, as Word and LibreOffice write them
# (styles by name or outline level, numbering, bold lines used as
# headings, localized style ids, tracked deletions, tables), in English,
# Spanish, Portuguese, German and French. Run it after changing it and
# commit the files it writes beside it.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def docx_styles(styles):
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">']
    for sid, name, extra in styles:
        out.append(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}</w:style>')
    out.append('</w:styles>')
    return "\n".join(out)


def run(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text="", style=None, numbered=False, bold=False, outline=None, raw=None):
    ppr = ''
    if style or numbered or outline is not None:
        ppr = '<w:pPr>'
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if numbered:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        if outline is not None:
            ppr += f'<w:outlineLvl w:val="{outline}"/>'
        ppr += '</w:pPr>'
    return f'<w:p>{ppr}{raw if raw is not None else run(text, bold)}</w:p>'


def entry(name):
    # A fixed date: the files come out the same at every run.
    info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_docx(name, styles, body):
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}"><w:body>{"".join(body)}'
                f'<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(HERE / name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(entry("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(entry("_rels/.rels"), RELS)
        z.writestr(entry("word/document.xml"), document)
        z.writestr(entry("word/styles.xml"), docx_styles(styles))


def items(texts, **kw):
    return [para(t, **kw) for t in texts]


# English, as Word writes it: Title and Heading styles by name, a bold
# line as a heading, an outline level on a plain paragraph, a tracked
# deletion, and List Bullet paragraphs without numbering of their own.
write_docx("en-operations-coordinator.docx", [
    ("Normal", "Normal", ""),
    ("Title", "Title", '<w:basedOn w:val="Normal"/>'),
    ("Heading1", "heading 1", '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
    ("Heading2", "heading 2", '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
    ("ListBullet", "List Bullet", '<w:basedOn w:val="Normal"/>'),
], [
    para("Operations Coordinator", style="Title"),
    para("Northwind Logistics moves fresh food across the Midwest. We are looking for an "
         "organized coordinator to keep our depots running smoothly."),
    para("What you’ll be doing", style="Heading1"),
    *items(["Plan daily routes with the dispatch team",
            "Track deliveries and solve delays before customers notice",
            "Keep stock records accurate across three depots"], numbered=True),
    para("Who we’re looking for:", bold=True),
    *items(["Two years of experience in logistics or operations",
            "Confident with spreadsheets and route planning software"], style="ListBullet"),
    para("Bonus points", style="Heading2"),
    para(raw=run("A forklift license") + '<w:del w:id="1" w:author="HR"><w:r><w:delText>A degree</w:delText></w:r></w:del>',
         numbered=True),
    para("Perks", outline=0),
    *items(["Free lunch on Fridays", "28 days of paid leave"], numbered=True),
    para("Our depots", style="Heading1"),
    '<w:tbl><w:tr><w:tc>' + para("Des Moines, Omaha and Kansas City") + '</w:tc></w:tr></w:tbl>',
    para("Ready to apply?", style="Heading1"),
    para("Send your résumé to jobs@northwind.example and tell us where you would like to work."),
])

# Spanish Word: its style ids are translated (Ttulo1), the names are not.
write_docx("es-recepcionista.docx", [
    ("Normal", "Normal", ""),
    ("Ttulo", "Title", '<w:basedOn w:val="Normal"/>'),
    ("Ttulo1", "heading 1", '<w:basedOn w:val="Normal"/>'),
    ("Prrafodelista", "List Paragraph", '<w:basedOn w:val="Normal"/>'),
], [
    para("Recepcionista de hotel", style="Ttulo"),
    para("Somos un hotel boutique en el centro de Sevilla con cuarenta habitaciones y un equipo "
         "joven que cuida cada detalle de la estancia de nuestros huéspedes."),
    para("Tus funciones", style="Ttulo1"),
    *items(["Atender a los huéspedes en la recepción",
            "Gestionar las reservas y las cancelaciones",
            "Resolver las incidencias con amabilidad"], style="Prrafodelista", numbered=True),
    para("Requisitos imprescindibles", style="Ttulo1"),
    *items(["Experiencia mínima de un año en recepción",
            "Nivel alto de inglés"], style="Prrafodelista", numbered=True),
    para("Se valorará", style="Ttulo1"),
    *items(["Conocimientos de francés o alemán"], style="Prrafodelista", numbered=True),
    para("Te ofrecemos", style="Ttulo1"),
    *items(["Contrato indefinido", "Comida en el hotel"], style="Prrafodelista", numbered=True),
    para("Horario", style="Ttulo1"),
    para("Turnos rotativos de mañana y tarde, de lunes a domingo, con dos días libres seguidos."),
    para("Cómo postularse", style="Ttulo1"),
    para("Envía tu currículum a empleo@hotelsevilla.example."),
])

# Portuguese: the headings' style is the company's own, known only by
# its outline level, based on another style.
write_docx("pt-enfermeiro.docx", [
    ("Normal", "Normal", ""),
    ("Titulo", "Title", ""),
    ("Seccao", "Secção", '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
    ("SeccaoAzul", "Secção azul", '<w:basedOn w:val="Seccao"/>'),
], [
    para("Enfermeiro de cuidados gerais (m/f)", style="Titulo"),
    para("O Hospital da Luz Norte procura um enfermeiro para o serviço de medicina interna, "
         "numa equipa de vinte profissionais."),
    para("Principais responsabilidades", style="SeccaoAzul"),
    *items(["Prestar cuidados de enfermagem aos doentes internados",
            "Administrar a medicação prescrita e registar a sua evolução"], numbered=True),
    para("O que precisa ter", style="Seccao"),
    *items(["Licenciatura em Enfermagem e cédula profissional da Ordem dos Enfermeiros",
            "Disponibilidade para turnos"], numbered=True),
    para("Mais-valias", style="Seccao"),
    *items(["Experiência em medicina interna"], numbered=True),
    para("Regalias", style="Seccao"),
    *items(["Seguro de saúde para si e para a sua família", "Formação contínua paga"], numbered=True),
    para("Candidatura", style="Seccao"),
    para("Envie o seu currículo para recrutamento@hospitalnorte.example até ao fim do mês."),
])

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
NS = f'xmlns:office="{OFFICE}" xmlns:text="{TEXT}" xmlns:style="{STYLE}" xmlns:fo="{FO}" xmlns:table="{TABLE}" office:version="1.3"'

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3"/>
</office:styles></office:document-styles>"""


def p(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def h(text, level, style=None):
    style = style or f"Heading_20_{level}"
    return f'<text:h text:style-name="{style}" text:outline-level="{level}">{escape(text)}</text:h>'


def lst(texts):
    return ('<text:list text:style-name="L1">' +
            "".join(f'<text:list-item>{p(t)}</text:list-item>' for t in texts) +
            '</text:list>')


def write_odt(name, automatic, body):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
               f'<office:automatic-styles>{automatic}</office:automatic-styles>'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body>'
               f'</office:document-content>')
    with zipfile.ZipFile(HERE / name, "w") as z:
        mimetype = entry("mimetype")
        mimetype.compress_type = zipfile.ZIP_STORED
        z.writestr(mimetype, "application/vnd.oasis.opendocument.text")
        z.writestr(entry("content.xml"), content)
        z.writestr(entry("styles.xml"), ODT_STYLES)
        z.writestr(entry("META-INF/manifest.xml"), MANIFEST)


# German, as LibreOffice writes it: the title in the Title style,
# headings as text:h, one heading written as a paragraph whose automatic
# style is based on Heading 2, and a subheading one level down.
write_odt("de-lagerlogistik.odt",
          '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>'
          '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>', [
    p("Fachkraft für Lagerlogistik (m/w/d)", "Title"),
    p("Wir sind ein familiengeführter Großhandel mit Sitz in Bremen und suchen ab sofort "
      "Verstärkung für unser Lager."),
    h("Das erwartet dich", 2),
    lst(["Warenannahme und Kontrolle der Lieferungen",
         "Kommissionierung und Verpackung der Aufträge",
         "Bedienung von Flurförderzeugen"]),
    h("Was du mitbringst", 2),
    lst(["Abgeschlossene Ausbildung als Fachkraft für Lagerlogistik", "Gültiger Staplerschein"]),
    p("Idealerweise bringst du mit", "P1"),
    lst(["Erfahrung mit SAP"]),
    h("Darauf kannst du dich freuen:", 2),
    lst(["30 Tage Urlaub", "Zuschuss zum Deutschlandticket"]),
    h("Extras", 3),
    p("Jeden Freitag gibt es frisches Obst für alle."),
    h("Arbeitszeiten", 2),
    '<table:table><table:table-row><table:table-cell>' +
    p("Montag bis Freitag von 6 bis 14:30 Uhr") +
    '</table:table-cell></table:table-row></table:table>',
    h("Interesse geweckt?", 2),
    '<text:p text:style-name="Standard">Schick uns deine Unterlagen an '
    '<text:span text:style-name="T1">karriere@nordlager.example</text:span>.</text:p>',
])

# French, headings at level 1, no title style: the first heading is the
# title.
write_odt("fr-comptable.odt", "", [
    h("Comptable unique (H/F)", 1),
    p("Notre cabinet accompagne depuis vingt ans les artisans et les commerçants de la "
      "région lyonnaise."),
    h("Vos principales missions", 1),
    lst(["Tenir la comptabilité d’un portefeuille de clients",
         "Préparer les déclarations fiscales et sociales"]),
    h("Votre profil", 1),
    lst(["Diplôme en comptabilité (BTS, DCG ou équivalent)", "Trois ans d’expérience en cabinet"]),
    h("Atouts appréciés", 1),
    lst(["Maîtrise du logiciel Sage"]),
    h("Nos avantages", 1),
    lst(["Tickets restaurant", "Télétravail deux jours par semaine"]),
    h("Environnement de travail", 1),
    p("Une équipe de huit personnes dans des locaux rénovés, près de la gare Part-Dieu."),
    h("Comment postuler", 1),
    p("Adressez votre candidature à recrutement@cabinet-lyon.example."),
])
