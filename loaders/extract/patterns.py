"""Shared regular-expression building blocks for names and cue words (German and English)."""

from __future__ import annotations

UP = "A-ZÄÖÜ"
LOW = "a-zäöüßéèáíóúçñëïâêôã"
# A capitalised name token: "Focus", "Vey-Sern", "JD.com", "Character.AI", "xAI" is handled by the lexicon
CAP = rf"[{UP}][\w&]*(?:[-.:][\w&]+)*"
# Up to five capitalised tokens, joined by spaces (names of companies and organisations)
NAMESEQ = rf"{CAP}(?:\s(?:{CAP}|&|de|of|für|du)(?=[\s,.;:!?)\"“”'’]|$)){{0,4}}"
# A person's name: two or three capitalised words ("Vey-Sern Ling", "Liang Wenfeng", "Jack Ma")
PWORD = rf"[{UP}][{LOW}]+(?:[{UP}][{LOW}]{{2,}})?(?:-[{UP}]?[{LOW}]+)?"  # "AlShikh", "McDermott", "Young-hyun"
PNAME = rf"{PWORD}(?:\s(?:van|von|de|der|da|di|le|bin|al)\b)?(?:\s{PWORD}){{1,2}}"
# Model version tokens ("32B", "T1", "X1", "3.7", "4o", "k1.5", "V3") and variant words
VERSION = r"(?:[A-Za-z]{0,2}\d{1,4}(?:\.\d+)*[A-Za-z]{0,2}(?:-\w+)?)(?!\d)"
VARIANT = (r"(?:Pro|Max|Mini|mini|Flash|Ultra|Turbo|Plus|Sonnet|Opus|Haiku|Instruct|Coder|Lite|Nano|"
           r"Preview|preview|Reasoner|Vision|Large|Small|Medium|Omni|Thinking|Maverick|Scout|Base|Chat|Super|Think|Air|Fast|Exp)")
MODEL_NAME = (rf"(?:[{UP}][\w]*|[a-z]+[A-Z][\w]*)(?:\s{VARIANT})?(?:[-\s]?{VERSION})(?:[-\s]{VARIANT}|[-\s]{VERSION})*"
              rf"|[{UP}][\w]*\d[\w.]*(?:[-\s]{VARIANT})*"
              rf"|[{UP}][{UP}\w]+\.\d+(?:\.\d+)*(?![\w.])(?:[-\s]{VARIANT})*")  # "FLUX.2"

# Words that are capitalised but are not (the start or end of) names
STOP_CAPS = {
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einem", "Einen", "Einer", "Eines",
    "The", "A", "An", "And", "Und", "Oder", "Or", "In", "Im", "Am", "Auf", "Mit", "Von", "Vom", "Für",
    "Bei", "Nach", "Seit", "Auch", "Aber", "But", "On", "At", "By", "For", "With", "From", "Of", "To",
    "As", "Als", "Wie", "Dass", "That", "This", "These", "Those", "It", "Its", "Es", "Er", "Sie", "Wir",
    "Ich", "He", "She", "They", "We", "I", "Laut", "According", "CEO", "Chef", "Chefin", "KI", "AI",
    "Aktie", "Aktien", "Modell", "Modelle", "Unternehmen", "Konzern", "Start-up", "Startup",
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Januar", "Februar", "März",
    "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    "January", "February", "March", "May", "June", "July", "October", "December", "Diese", "Dieser",
    "Dieses", "Jedoch", "However", "Zudem", "Außerdem", "Also", "Doch", "So", "Nun", "Now", "Heute",
    "Today", "Gestern", "Yesterday", "Inc", "Mr", "Ms", "Mrs", "Dr", "Herr", "Frau", "Prof",
    "Analyst", "Analysten", "Investoren", "Anleger", "Börse", "Experten", "Sprecher", "Sprecherin",
    "Euro", "Dollar", "US-Dollar", "Yuan", "Prozent", "Milliarden", "Millionen", "Series", "Serie",
    "Finanzierungsrunde", "Runde", "Nutzer", "Kunden", "Mitarbeiter", "Quelle", "Source", "Foto",
    "Bild", "Update", "Exklusiv", "Exclusive", "Kommentar", "Kommentare", "Lesen", "Hier",
    # sentence adverbs, and licences that look like versioned model names ("Apache 2.0")
    "Separately", "Globally", "Meanwhile", "Separat", "Unterdessen", "Indes", "Chinese", "German", "American", "European",
    "Apache", "Apache-2.0-Lizenz", "GPL", "Creative",
}
# Last tokens that mark a company name
LEGAL_SUFFIX = (r"(?:Inc|Corp|Corporation|Co|Ltd|LLC|AG|GmbH|SE|SA|plc|PLC|Holdings?|Group|Technologies|"
                r"Technology|Labs?|Capital|Ventures|Partners|Robotics|Systems|Semiconductor|Software|"
                r"Networks|Intelligence|Bank|Investments|Management|Computing|Dynamics|Therapeutics|Securities|Associates|AI)")
GENERIC_SUFFIX_WORDS = {"ai", "labs", "lab", "inc", "corp", "co", "ltd", "llc", "ag", "gmbh", "se", "sa", "plc",
                        "holding", "holdings", "group", "technologies", "technology", "systems", "robotics",
                        "corporation", "company"}
