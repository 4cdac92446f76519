# Builds the certificate fallback fonts from Debian fonts-noto-core, fonts-noto-cjk and fonts-symbola
# (apt-get install them, pip install fonttools): python3 tools/certificate-fonts.py src/main/resources/certificate/fonts
import sys
from fontTools.ttLib import TTFont
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._g_l_y_f import table__g_l_y_f
from fontTools.ttLib import newTable

out = sys.argv[1]

def cjk_chars():
    chars = set()
    for codec, ranges in (("gb2312", [(0xB0, 0xF7)]), ("big5", [(0xA4, 0xC6)]), ("euc_jp", [(0xB0, 0xCF)]), ("euc_kr", [(0xB0, 0xC8)])):
        for lead in range(ranges[0][0], ranges[0][1] + 1):
            for trail in range(0x40, 0xFF):
                try:
                    s = bytes([lead, trail]).decode(codec)
                except Exception:
                    continue
                chars.update(ord(c) for c in s)
    chars.update(range(0x3000, 0x3100))  # CJK punctuation, kana
    chars.update(range(0xFF00, 0xFFF0))  # full-width forms
    chars.update(range(0x20, 0x7F))
    return chars

def otf_to_ttf(font):
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf"); glyf.glyphOrder = glyph_order; glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca"); font["glyf"] = glyf
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["maxp"].maxComponentDepth = 0
    font["head"].indexToLocFormat = 0; font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    del font["CFF "]
    if "VORG" in font: del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"

def run(src, dst, unicodes, index=None, ttf=False):
    font = TTFont(src, fontNumber=index) if index is not None else TTFont(src)
    opts = subset.Options(); opts.layout_features = ["*"]; opts.name_IDs = ["*"]; opts.name_languages = ["*"]
    opts.notdef_outline = True; opts.glyph_names = False; opts.hinting = False
    s = subset.Subsetter(opts); s.populate(unicodes=unicodes); s.subset(font)
    if ttf:
        otf_to_ttf(font)
    font.save(dst)

noto = "/usr/share/fonts/truetype/noto/"
run(noto + "NotoSansArabic-Bold.ttf", out + "/NotoSansArabic-Bold.ttf", list(range(0x20, 0x7F)) + list(range(0x600, 0x700)) + list(range(0x750, 0x780)) + list(range(0x8A0, 0x900)) + list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)) + [0x200C, 0x200D, 0x200E, 0x200F])
run(noto + "NotoSansDevanagari-Bold.ttf", out + "/NotoSansDevanagari-Bold.ttf", list(range(0x20, 0x7F)) + list(range(0x900, 0x980)) + list(range(0xA8E0, 0xA900)) + [0x200C, 0x200D, 0x25CC])
# index 2 of the collection is Simplified Chinese (SC)
run("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", out + "/NotoSansCJK-Bold-Common.ttf", sorted(cjk_chars()), index=2, ttf=True)
run("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", out + "/Symbola-Emoji.ttf", list(range(0x2190, 0x2C00)) + list(range(0x1F000, 0x1FB00)) + [0x200D, 0xFE0F, 0x20E3])
run(noto + "NotoSansHebrew-Bold.ttf", out + "/NotoSansHebrew-Bold.ttf", list(range(0x20, 0x7F)) + list(range(0x590, 0x600)) + list(range(0xFB1D, 0xFB50)))
