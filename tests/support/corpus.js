// What the test corpora hold, as a reader sees it.

/** The default corpus's titles, newest first (same day: file order). */
export const TITLES = [
  "Korea Ramps Up AI Factories to Lead Global Manufacturing by 2030",
  "Korea and UK Discuss Trade Cooperation Amid Global Trade Shifts",
  "Korea to Strengthen R&D Support System for Global Foreign-Invested Companies",
  "Korea’s Exports Hit Record High in September",
  "Korea and Uzbekistan Sign MOU to Strengthen Cooperation on Technical Regulations",
  "End-Users, Fabless Firms, and Foundries Link Up to Build Korea’s On-Device AI Semiconductor Ecosystem",
  "MOTIE Minister Conducts Emergency Inspection of Response System for Information System Disruptions",
  "5th Korea–Saudi Vision 2030 Committee Meeting",
];

/** tests/fixtures/custom-corpus.txt, newest first. */
export const CUSTOM_TITLES = [
  "Acme <script>alert(1)</script> Widgets Ships “Model Z”",
  "City Council Approves Budget",
];

/** Where the variant builds are (made by `make e2e-builds` and `make test-browser`). */
export const DIST_CUSTOM = "target/e2e/dist-custom";
export const DIST_HOSTILE = "target/e2e/dist-hostile";
export const SINGLE_FILE = "target/e2e/single/release-explorer.html";
