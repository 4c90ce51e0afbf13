package com.gmpgate.records.pdf;

import com.gmpgate.records.application.DailySheet;
import com.gmpgate.records.application.DailySheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The daily sheet as a PDF for the archive: A4 landscape, Korean, the same cells as the print page and the CSV.
 * Hangul comes from NanumSquare (SIL Open Font License 1.1, shipped in this jar beside its licence), embedded as a
 * subset — only the glyphs the sheet uses, so a day's PDF stays tens of kilobytes. The font has no ✓/✗: they are drawn
 * as strokes, and are therefore not in the PDF's text (the legend spells them out).
 */
public final class DailySheetPdf {

    static final String FONT = "/fonts/NanumSquareR.ttf";
    private static final float MARGIN = 24f;
    private static final float TEXT = 7f;
    private static final float LINE = 8.6f;
    private static final float PAD = 2.5f;
    private static final int MAX_LINES = 4;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final ZoneId zone;

    public DailySheetPdf(ZoneId zone) {
        this.zone = zone;
    }

    public byte[] render(DailySheet sheet) {
        try (PDDocument doc = new PDDocument(); InputStream fontFile = DailySheetPdf.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException("the sheet font " + FONT + " is missing from the jar");
            }
            PDType0Font font = PDType0Font.load(doc, fontFile, true);
            doc.getDocumentInformation().setTitle(sheet.title());
            doc.getDocumentInformation().setCreator("GMP Hygiene Gate");
            new Layout(doc, font, sheet).draw();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("render the daily sheet", e);
        }
    }

    private final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final DailySheet sheet;
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private final float[] widths;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private PDPageContentStream out;
        private float y;

        Layout(PDDocument doc, PDType0Font font, DailySheet sheet) {
            this.doc = doc;
            this.font = font;
            this.sheet = sheet;
            this.widths = widths(sheet.header().size(), size.getWidth() - 2 * MARGIN);
        }

        void draw() throws IOException {
            newPage();
            for (List<String> row : sheet.rows()) {
                List<List<String>> cells = wrap(row);
                float height = height(cells);
                if (y - height < MARGIN + 40) {
                    newPage();
                }
                row(cells, height, false);
            }
            if (sheet.rows().isEmpty()) {
                text("이 날의 점검 기록이 없습니다.", MARGIN, y - 12, 9);
                y -= 16;
            }
            float notesY = y - 12;
            for (String note : sheet.notes()) {
                text(note, MARGIN, notesY, 7);
                notesY -= 10;
            }
            out.close();
            footers();
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            out.setLineWidth(0.4f);
            y = size.getHeight() - MARGIN;
            text(sheet.title(), MARGIN, y - 12, 13);
            y -= 24;
            List<List<String>> header = wrap(sheet.header());
            row(header, height(header), true);
        }

        private void row(List<List<String>> cells, float height, boolean header) throws IOException {
            float x = MARGIN;
            if (header) {
                out.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                out.addRect(MARGIN, y - height, size.getWidth() - 2 * MARGIN, height);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
            }
            for (int c = 0; c < cells.size(); c++) {
                out.addRect(x, y - height, widths[c], height);
                out.stroke();
                List<String> lines = cells.get(c);
                if (lines.size() == 1 && (lines.get(0).equals(DailySheets.FIT) || lines.get(0).equals(DailySheets.UNFIT))) {
                    mark(lines.get(0).equals(DailySheets.FIT), x + widths[c] / 2, y - height / 2);
                } else {
                    for (int l = 0; l < lines.size(); l++) {
                        text(lines.get(l), x + PAD, y - PAD - TEXT - l * LINE, TEXT);
                    }
                }
                x += widths[c];
            }
            y -= height;
        }

        /** ✓ or ✗ as two strokes around (cx, cy): the font has neither glyph. */
        private void mark(boolean fit, float cx, float cy) throws IOException {
            out.setLineWidth(0.9f);
            if (fit) {
                out.moveTo(cx - 3.2f, cy);
                out.lineTo(cx - 0.8f, cy - 2.6f);
                out.lineTo(cx + 3.6f, cy + 3f);
            } else {
                out.moveTo(cx - 2.8f, cy - 2.8f);
                out.lineTo(cx + 2.8f, cy + 2.8f);
                out.moveTo(cx - 2.8f, cy + 2.8f);
                out.lineTo(cx + 2.8f, cy - 2.8f);
            }
            out.stroke();
            out.setLineWidth(0.4f);
        }

        private void text(String value, float x, float baseline, float points) throws IOException {
            out.beginText();
            out.setFont(font, points);
            out.newLineAtOffset(x, baseline);
            out.showText(printable(value));
            out.endText();
        }

        private void footers() throws IOException {
            int pages = doc.getNumberOfPages();
            String generated = "생성 " + GENERATED.format(sheet.generatedAt().atZone(zone)) + " (" + zone.getId() + ")";
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    out = footer;
                    text(generated + " · " + (i + 1) + " / " + pages + "쪽 · 관리자 확인: ____________",
                            MARGIN, MARGIN - 10, 7);
                }
            }
        }

        private float height(List<List<String>> cells) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return lines * LINE + 2 * PAD + 1;
        }

        private List<List<String>> wrap(List<String> row) throws IOException {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cells.add(lines(printable(row.get(c)), widths[c] - 2 * PAD));
            }
            return cells;
        }

        /** Greedy wrap by character (Korean has no spaces to rely on), at most {@link #MAX_LINES}. */
        private List<String> lines(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && font.getStringWidth(next) / 1000 * TEXT > width) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                    if (lines.size() == MAX_LINES) {
                        String last = lines.remove(MAX_LINES - 1);
                        lines.add(last.substring(0, Math.max(0, last.length() - 1)) + "…");
                        return lines;
                    }
                    if (cp == ' ') {
                        i += Character.charCount(cp);
                        continue;
                    }
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text with every character the font cannot draw as '?': a name in a rare script must not fail the sheet. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                boolean ok = printable.computeIfAbsent(cp, code -> {
                    try {
                        font.encode(new String(Character.toChars(code)));
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
                out.append(ok ? new String(Character.toChars(cp)) : cp == '✓' ? "O" : cp == '✗' ? "X" : "?");
            });
            return out.toString();
        }
    }

    /** Name, department, time, the items, verdict, conditions, signature: the last three get what the items leave. */
    static float[] widths(int columns, float total) {
        float[] w = new float[columns];
        int items = columns - 6;
        float fixed = 58 + 52 + 30 + 52;
        float item = Math.min(32, Math.max(22, (total - fixed - 200) / Math.max(1, items)));
        w[0] = 58;
        w[1] = 52;
        w[2] = 30;
        for (int i = 3; i < 3 + items; i++) {
            w[i] = item;
        }
        w[columns - 3] = 52;
        float rest = total - fixed - item * items;
        w[columns - 2] = rest * 0.45f;
        w[columns - 1] = rest * 0.55f;
        return w;
    }
}
