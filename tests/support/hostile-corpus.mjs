// Writes a hostile corpus: markup and script in titles and bodies,
// javascript: URLs, bidi overrides and zero-width characters, a 1 MB body,
// a 10,000-character title, and text from many scripts and planes. The
// build must accept it and the page must show it literally.
//
//   node tests/support/hostile-corpus.mjs OUT.txt
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export const HOSTILE = {
  scriptTitle: "<script>alert(1)</script> Ministry Announces <b>Bold</b> Plan",
  scriptBody:
    'The Ministry of Testing (MOT) said <img src=x onerror="alert(2)"> and <svg onload=alert(3)> and ' +
    '<a href="javascript:alert(4)">click</a> and </p><iframe src="javascript:alert(5)"></iframe> stay text.',
  bidiTitle: "Bidi \u202Egnp.exe\u202C override and zero\u200Bwidth\u200D\uFEFF title",
  bidiBody: "Arabic \u0627\u0644\u0639\u0631\u0628\u064A\u0629 and Hebrew \u05E2\u05D1\u05E8\u05D9\u05EA with \u202Eoverride\u202C and \u2066isolate\u2069 marks.",
  unicodeTitle: "Unicode 🇰🇷 👩‍👩‍👧‍👦 漢字 かな 한국어 देवनागरी Z̴̡̛̖a̷͎l̶g̵o 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \uFFFD",
  unicodeBody:
    "Every plane: ASCII, Latin-1 éß, Greek αβγ, Cyrillic жё, CJK 漢字, emoji 🚀👩🏽‍🔬, math 𝛑, " +
    "combining e\u0301\u0302\u0303, control \u0007\u001B chars, noncharacter \uFFFF, and \u00A0no-break spaces.",
  // 10,000 characters, half of them one unbreakable word.
  longTitle: "Very long title ".repeat(400).slice(0, 4990) + " " + "W".repeat(5009),
};

export function hostileCorpus() {
  const h = HOSTILE;
  const sentence = "This sentence repeats to make a body of one megabyte without a break. ";
  const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).trim();
  const records = [
    [h.scriptTitle, h.scriptBody, "2025-03-05"],
    [h.bidiTitle, h.bidiBody, "2025-03-04"],
    [h.unicodeTitle, h.unicodeBody, "2025-03-03"],
    [h.longTitle, "A release with a very long title.", "2025-03-02"],
    ["A One-Megabyte Release", big, "2025-03-01"],
  ];
  return records.map(([t, b, d]) => `-\n${t}\n${b} date${d}\n`).join("");
}

if (process.argv[2]) {
  mkdirSync(dirname(process.argv[2]), { recursive: true });
  writeFileSync(process.argv[2], hostileCorpus());
}
