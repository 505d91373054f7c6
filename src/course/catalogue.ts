/**
 * Every authoring mistake the compiler reports, in one place: a stable code, a short title,
 * what happened (as the designer would read it), what to do, and an example of the mistake.
 * The compiler's own messages name the exact id, file or value; these are the general form.
 * The list of errors in content/README.md is generated from this catalogue
 * (`npm run docs:errors`), and test/catalogue.test.ts fails when the guide is stale or when an
 * example no longer produces its code.
 *
 * House style after Astro's error guide: no "Error:" prefix, no jokes, written for the
 * designer who reads it. The texts here are Markdown (the guide shows them): put HTML tags,
 * links and images written as examples in backticks.
 */
export interface CatalogueEntry {
  title: string;
  /** What happened, in general terms. */
  message: string;
  /** What to do. */
  fix: string;
  /**
   * The mistake, applied to the real content/: a new lesson file (`body` goes after a standard
   * front matter unless `whole` is set; `named` when the mistake is the file's name), one
   * replacement in an existing file, or a file removed.
   */
  example: { add: string; body: string; whole?: boolean; named?: true; image?: { path: string; kb: number } } | { file: string; from: string; to: string } | { remove: string };
}

export const CATALOGUE = {
  // ------------------------------------------------------------ files and settings
  MissingFile: {
    title: 'course.yaml is missing',
    message: 'The settings file for the whole unit, content/course.yaml, is not there.',
    fix: 'Create content/course.yaml with the title, id, version, theme and completion rules (see "course.yaml settings").',
    example: { remove: 'content/course.yaml' },
  },
  BadFileName: {
    title: 'Lesson file name does not follow the numbering rule',
    message: 'A file in content/lessons/ is not named "NN-name.md" (two digits, a hyphen, lowercase words joined by hyphens, ending in .md), so it would be ignored or play in the wrong place.',
    fix: 'Rename it like "45-a-third-scenario.md". Use exactly two digits (01 to 99), no spaces or capitals, and the extension .md (not .markdown or .txt).',
    example: { add: 'content/lessons/100-extra.md', body: '## A lesson numbered 100\n', named: true },
  },
  MissingFrontMatter: {
    title: 'Lesson settings missing',
    message: 'The lesson does not start with its settings between two lines of three dashes, or the second line of dashes is missing.',
    fix: 'Put the settings at the very top, between two "---" lines: id, title and kind at least.',
    example: { add: 'content/lessons/25-extra.md', body: '## A lesson without settings\n', whole: true },
  },
  YamlSyntax: {
    title: 'Settings cannot be read',
    message: 'A settings line in the front matter or in course.yaml is not "name: value". The usual causes: a colon inside an unquoted title, a tab used for indenting, a quote that is never closed, a line without a colon.',
    fix: 'Put text that contains a colon in straight double quotes (title: "Scenario 1: The temp"), indent with spaces, close every quote, and write each setting as "name: value".',
    example: { add: 'content/lessons/25-extra.md', body: '---\nid: scenario-three\ntitle: Scenario 3: A new team\nkind: lesson\n---\n', whole: true },
  },
  CurlyQuotes: {
    title: 'Curly quotes where straight quotes are needed',
    message: 'An id, label or setting is wrapped in curly quotes (“ ” or ‘ ’), which word processors insert. Settings and block options only understand straight quotes, so the curly quotes would become part of the value.',
    fix: 'Type straight quotes (" or \') instead, or leave the quotes out where none are needed. Curly quotes are fine inside the text of a lesson.',
    example: { add: 'content/lessons/25-extra.md', body: '::: reflection extra-notes label=“My notes”\nWrite.\n:::\n' },
  },
  MissingField: {
    title: 'A required setting is missing',
    message: 'A setting that every lesson (or the unit) needs is not there.',
    fix: 'Add it: every lesson needs id, title and kind; see "course.yaml settings" for the unit.',
    example: { add: 'content/lessons/25-extra.md', body: '---\nid: extra-lesson\ntitle: An extra lesson\n---\n', whole: true },
  },
  InvalidField: {
    title: 'A setting or block option has a value that is not allowed',
    message: 'The value is of the wrong kind (a number where text is needed, an unknown lesson kind, a week outside 1 to 26, a version written as a number).',
    fix: 'Use one of the values the message lists. Write the version as three numbers, like "version: 1.1.0".',
    example: { file: 'content/course.yaml', from: 'version: 1.1.0', to: 'version: 1.1' },
  },
  UnknownField: {
    title: 'Unknown setting',
    message: 'The settings hold a name that is not a setting, often a typo.',
    fix: 'Correct the spelling (the message suggests the closest setting) or remove the line.',
    example: { file: 'content/lessons/90-closing.md', from: 'kind: closing', to: 'kind: closing\ntitel: Closing' },
  },
  LowContrast: {
    title: 'Theme colours are hard to read',
    message: 'The brand colour and the text on it, or the brand colour on the white page, have a contrast below 4.5:1 (WCAG 2.2 AA).',
    fix: 'Pick a darker brand colour, or a lighter brandContrast colour (white on a dark brand works).',
    example: { file: 'content/course.yaml', from: 'brandContrast: "#ffffff"', to: 'brandContrast: "#3070a0"' },
  },
  UnknownLessonInRule: {
    title: 'Completion rule names a lesson that is not on the path',
    message: 'A completion rule in course.yaml lists an id that is not a lesson, or a lesson that is not on that path.',
    fix: 'List ids of lessons on that path, or write "requires: all-required".',
    example: { file: 'content/course.yaml', from: 'requires: [is-this-for-you, quick-scan]', to: 'requires: [is-this-for-you, quick-scann]' },
  },
  PathDecision: {
    title: 'Path decision that cannot recommend both paths',
    message: 'The pathDecision in course.yaml asks for more counted answers than the self-assessment has questions, or recommends the same path whatever the answers.',
    fix: 'Make "atLeast" a number from 1 to the number of yes-no questions, and "then" and "otherwise" one "full" and one "quick".',
    example: { file: 'content/course.yaml', from: 'atLeast: 1', to: 'atLeast: 9' },
  },
  NumberInProse: {
    title: 'Number in the text disagrees with the content',
    message: 'The self-assessment or path lesson says how many questions there are ("the six questions", "Yes to all six"), and the self-assessment has a different number of yes-no questions.',
    fix: 'Correct the number in each place the check names, or say it without a number ("the questions", "all of them").',
    example: { file: 'content/lessons/01-is-this-for-you.md', from: '::: yes-no sa-initiate-contact', to: '::: yes-no sa-follow-up\nDo you follow up after a first conversation?\n:::\n\n::: yes-no sa-initiate-contact' },
  },
  // ------------------------------------------------------------ ids and structure
  InvalidId: {
    title: 'Id not allowed',
    message: 'An id has capitals, spaces, accents, underscores or other characters that some LMSs refuse, or a block has no id.',
    fix: 'Use lowercase letters, digits and single hyphens, at most 64 characters, like "scenario-temp".',
    example: { add: 'content/lessons/25-extra.md', body: '::: reflection Café_notes\nWrite.\n:::\n' },
  },
  DuplicateId: {
    title: 'Id used twice',
    message: 'Two questions, prompts or options share an id. The LMS records answers under these ids, so they must be unique in the whole unit.',
    fix: 'Give the newer one an id of its own. Never change the id of something already published.',
    example: { add: 'content/lessons/25-extra.md', body: '::: reflection sa-have-hqc\nAgain?\n:::\n' },
  },
  DuplicateLessonId: {
    title: 'Lesson id used twice',
    message: 'Two lessons have the same id in their front matter.',
    fix: 'Give each lesson its own id. Keep ids stable once the unit is in use: the LMS bookmark refers to them.',
    example: { add: 'content/lessons/25-extra.md', body: '---\nid: introduction\ntitle: Same id as the introduction\nkind: lesson\n---\n', whole: true },
  },
  CourseStructure: {
    title: 'The unit is missing a lesson it needs, or has one too many',
    message: 'The unit needs exactly one lesson of each of the kinds self-assessment (first), path, quick-scan and closing, and yes-no questions in the self-assessment.',
    fix: 'Change the kind in the lesson\'s front matter, or add the missing lesson.',
    example: { file: 'content/lessons/03-quick-scan.md', from: 'kind: quick-scan', to: 'kind: lesson' },
  },
  LessonAfterClosing: {
    title: 'Lesson placed after the closing',
    message: 'A lesson is numbered after the closing lesson. The closing ends the full path, so learners would be stuck on "Finish the unit" with a lesson left.',
    fix: 'Give the file a number below the closing lesson\'s, or make it a reference (kind: reference), which may come after.',
    example: { add: 'content/lessons/92-extra.md', body: '## An afterthought\n', named: true },
  },
  MissingOutcome: {
    title: 'The path lesson does not explain a path',
    message: 'The lesson of kind "path" needs one "outcome full" and one "outcome quick" block.',
    fix: 'Add the missing "::: outcome full" or "::: outcome quick" block, closed by ":::".',
    example: { file: 'content/lessons/02-your-path.md', from: '::: outcome quick', to: '::: outcome full' },
  },
  // ------------------------------------------------------------ blocks
  UnknownBlockKind: {
    title: 'Unknown block kind',
    message: 'A line starting with ":::" names a block kind that does not exist, often a typo.',
    fix: 'Use one of the block kinds in "Blocks" (the message suggests the closest one).',
    example: { add: 'content/lessons/25-extra.md', body: '::: choise extra-q\nWhat?\n:::\n' },
  },
  IndentedBlock: {
    title: 'Block line indented',
    message: 'A line starting a block ("::: kind id") or closing one (":::") has spaces or a tab before it, so Markdown would read it as text or as a code sample and the block would vanish.',
    fix: 'Start the line with ":::" at the very beginning.',
    example: { add: 'content/lessons/25-extra.md', body: '  ::: reflection extra-notes\nWrite.\n:::\n' },
  },
  UnknownBlockOption: {
    title: 'Unknown block option',
    message: 'The opening line of a block holds an option that this kind of block does not take.',
    fix: 'Use the options listed for the block in "Blocks", or remove it.',
    example: { add: 'content/lessons/25-extra.md', body: '::: reflection extra-notes mandatory\nWrite.\n:::\n' },
  },
  ViewAllNotApplicable: {
    title: '"view-all" on cards',
    message: 'A cards block has the option "view-all". Cards are always open, so there is nothing for the learner to open, and the option would ask nothing of them.',
    fix: 'Remove "view-all". Use "::: tabs view-all" or "::: accordion view-all" when the learner should open every part before Continue moves on.',
    example: { add: 'content/lessons/25-extra.md', body: '## Parts\n\n::: cards view-all\n### First part\n\nText.\n\n### Second part\n\nText.\n:::\n' },
  },
  UnclosedBlock: {
    title: 'Block not closed',
    message: 'A block is opened with "::: kind id" but no line with just ":::" closes it before the next block or the end of the file.',
    fix: 'Add a line with just ":::" after the last line of the block.',
    example: { add: 'content/lessons/25-extra.md', body: '::: reflection extra-notes\nWrite.\n' },
  },
  StrayBlockEnd: {
    title: 'Closing ":::" without a block',
    message: 'A line with just ":::" closes a block that was never opened.',
    fix: 'Remove the line, or open the block above it with "::: kind id".',
    example: { add: 'content/lessons/25-extra.md', body: 'Some text.\n\n:::\n' },
  },
  BlockNotAllowed: {
    title: 'Block in the wrong lesson',
    message: 'yes-no questions belong to the self-assessment, and outcome blocks to the path lesson.',
    fix: 'Use a "choice" block for questions inside lessons, and ordinary Markdown instead of "outcome".',
    example: { add: 'content/lessons/25-extra.md', body: '::: yes-no extra-yn\nReady?\n:::\n' },
  },
  EmptyPrompt: {
    title: 'Block without text',
    message: 'A question, prompt or action block has no text between its opening line and ":::".',
    fix: 'Write the question or prompt on the lines after the opening line.',
    example: { add: 'content/lessons/25-extra.md', body: '::: reflection extra-notes\n:::\n' },
  },
  TooFewOptions: {
    title: 'Choice with fewer than two options',
    message: 'A choice needs at least two options to choose from.',
    fix: 'Add options as "- option-id: Option text", each followed by its feedback.',
    example: { add: 'content/lessons/25-extra.md', body: '::: choice extra-c\nPick one.\n\n- extra-c-a: A\n  > Because A.\n:::\n' },
  },
  BadOptionLine: {
    title: 'Line in a choice that is neither an option nor feedback',
    message: 'Inside a choice, after the question, every line must be an option ("- id: text") or feedback (indented, starting with ">").',
    fix: 'Write options as "- option-id: Option text" and feedback below each, indented by two spaces and starting with ">".',
    example: { add: 'content/lessons/25-extra.md', body: '::: choice extra-c\nPick one.\n\n- extra-c-a: A\n  > Because A.\nA stray line.\n- extra-c-b: B\n  > Because B.\n:::\n' },
  },
  OptionWithoutFeedback: {
    title: 'Option without feedback',
    message: 'An option of a choice has no feedback lines under it.',
    fix: 'Below the option, add lines indented by two spaces and starting with ">", that explain what this choice shows.',
    example: { add: 'content/lessons/25-extra.md', body: '::: choice extra-c\nPick one.\n\n- extra-c-a: A\n  > Because A.\n- extra-c-b: B\n:::\n' },
  },
  BadCorrectMarker: {
    title: 'Correct-answer marker misspelt',
    message: 'An option carries a marker in brackets other than "(correct)" or "(partly)" in lower case, such as "(Correct)" or "(right)", so it would not count as the correct (or partly right) answer.',
    fix: 'Write " (correct)" or " (partly)" in lower case after the option id, or remove the brackets.',
    example: { add: 'content/lessons/25-extra.md', body: '::: choice extra-c\nPick one.\n\n- extra-c-a (Correct): A\n  > Because A.\n- extra-c-b: B\n  > Because B.\n:::\n' },
  },
  MultipleCorrect: {
    title: 'More than one correct option',
    message: 'Two options of one choice are marked "(correct)". The LMS records one correct answer per question, so only the first would count in reports.',
    fix: 'Keep "(correct)" on the best answer only, and let the feedback of the other one say that it is also good.',
    example: { add: 'content/lessons/25-extra.md', body: '::: choice extra-c\nPick one.\n\n- extra-c-a (correct): A\n  > Because A.\n- extra-c-b (correct): B\n  > Because B.\n:::\n' },
  },
  EmptyPage: {
    title: 'Empty page',
    message: 'A "::: page" line starts the lesson, ends it, or follows another "::: page" line with nothing between them, so the learner would see a page with nothing on it.',
    fix: 'Remove the extra "::: page" line. A page break goes between two parts of a lesson.',
    example: { add: 'content/lessons/25-extra.md', body: '## First part\n\nText.\n\n::: page\n\n::: page\n\n## Second part\n\nMore text.\n' },
  },
  PageNotAllowed: {
    title: 'Page break in a lesson that cannot have pages',
    message: 'The path lesson and reference lessons cannot be split into pages: the path lesson\'s buttons choose the learner\'s path and belong with its explanation, and a reference lesson has no Continue to turn a page.',
    fix: 'Remove the "::: page" line and keep the lesson short.',
    example: { file: 'content/lessons/95-references.md', from: '## Sources', to: '::: page\n\n## Sources' },
  },
  PanelWithoutTitle: {
    title: 'Tabs, accordion or cards without a heading first',
    message: 'A tabs, accordion or cards block starts with text instead of a heading. Each panel starts with a heading, which becomes its tab, its button or its card title, so text before the first heading would belong to none.',
    fix: 'Start the block with a heading such as "### First part", and put every panel\'s text below its heading.',
    example: { add: 'content/lessons/25-extra.md', body: '## Parts\n\n::: accordion\nSome text.\n\n### First part\n\nText.\n\n### Second part\n\nText.\n:::\n' },
  },
  EmptyPanel: {
    title: 'Panel without text',
    message: 'A heading inside a tabs, accordion or cards block has nothing below it, so its panel would open on nothing.',
    fix: 'Write the panel\'s text below its heading, or remove the heading.',
    example: { add: 'content/lessons/25-extra.md', body: '## Parts\n\n::: tabs\n### First part\n\nText.\n\n### Second part\n:::\n' },
  },
  TooFewPanels: {
    title: 'Tabs, accordion or cards with one panel',
    message: 'A tabs, accordion or cards block has a single heading inside it. One panel adds a click and hides the text for nothing.',
    fix: 'Add a second panel (a heading of the same level and its text), or write the content as ordinary Markdown.',
    example: { add: 'content/lessons/25-extra.md', body: '## Parts\n\n::: cards\n### Only part\n\nText.\n:::\n' },
  },
  // ------------------------------------------------------------ Markdown
  HeadingLevel: {
    title: 'Heading level wrong or skipped',
    message: 'A lesson uses "#" (the lesson title is already the page\'s top heading) or skips a level, such as "####" after "##". Screen-reader users navigate by these levels.',
    fix: 'Use "##" for sections and "###" below those, one level at a time.',
    example: { add: 'content/lessons/25-extra.md', body: '## Section\n\n#### Too deep\n' },
  },
  HeadingInQuestion: {
    title: 'Heading inside a question',
    message: 'A line of a choice option\'s feedback or of what happens next starts with "#", which makes it a heading. Screen-reader users who move by headings would land in the middle of the question, as if a new section began.',
    fix: 'Write it as a sentence, or in bold (`**Well done**`); put headings in the lesson around the question.',
    example: { add: 'content/lessons/25-extra.md', body: '::: choice extra-first-step\nWhat do you do first?\n\n- extra-first-step-ask (correct): Ask a question\n  > # Well done\n- extra-first-step-wait: Wait\n  > Waiting gives away the first move.\n:::\n' },
  },
  BrokenLessonLink: {
    title: 'Link to a lesson that does not exist',
    message: 'A "lesson:" link names an id that no lesson has.',
    fix: 'Use the id from the target lesson\'s front matter (the message suggests the closest one).',
    example: { add: 'content/lessons/25-extra.md', body: 'See [the intro](lesson:introduktion).\n' },
  },
  BadLink: {
    title: 'Link that goes nowhere',
    message: 'A link points to a file (such as "40-scenario-new-hire.md"), a page anchor, or a web address that is not well formed (such as "htps://…"). In the LMS, clicking it would replace the unit with an error page.',
    fix: 'Link to another lesson with "lesson:" and its id, like `[the second scenario](lesson:scenario-new-hire)`, and to the web with a full address starting with `https://`.',
    example: { add: 'content/lessons/25-extra.md', body: 'See [the second scenario](40-scenario-new-hire.md).\n' },
  },
  ScriptLink: {
    title: 'Link that runs code',
    message: 'A link starts with "javascript:" (or another scheme that runs code or embeds data). The unit\'s security policy blocks it, so it would silently do nothing.',
    fix: 'Link to a lesson with "lesson:" and its id, or to the web with https://.',
    example: { add: 'content/lessons/25-extra.md', body: '[Click](javascript:alert(1))\n' },
  },
  RawHtml: {
    title: 'HTML in a lesson',
    message: 'A lesson contains HTML tags (such as `<script>`, `<style>`, `<iframe>` or `<img onerror=…>`). Lessons are Markdown only: the unit\'s security policy would block scripts, styles and event handlers in the LMS without a word, so the check refuses all HTML.',
    fix: 'Use Markdown for formatting (`##` headings, `**bold**`, lists, `>` quotes) and the blocks in "Blocks" for anything interactive. HTML comments (`<!-- … -->`) are allowed for notes to colleagues.',
    example: { add: 'content/lessons/25-extra.md', body: 'Text.\n\n<style>p { color: red }</style>\n' },
  },
  ImageNotFound: {
    title: 'Image file not found',
    message: 'An image names a file that is not in content/images/, or is written with an address other than "images/" and the file\'s name, so it would not be in the package.',
    fix: 'Put the file in content/images/ and write it as `![What the picture shows](images/name.png)`; check the spelling and capitals of the name.',
    example: { add: 'content/lessons/25-extra.md', body: '![Two colleagues talking in a hallway](images/hallway.png)\n' },
  },
  ImageFormat: {
    title: 'Image of a kind the unit does not show',
    message: 'An image is not an SVG, PNG, JPEG or WebP file, or its file could not be read as one, so its size is unknown.',
    fix: 'Save it as SVG (drawings and diagrams), PNG (screenshots), or JPEG or WebP (photos), and put it in content/images/.',
    example: { add: 'content/lessons/25-extra.md', body: '![A chart of the three indicators](images/chart.gif)\n' },
  },
  ImageTooLarge: {
    title: 'Image over the size budget',
    message: 'An image file is larger than 60 KB. The unit plays in an LMS frame, often on phones and mobile data, and each picture is kept to that budget.',
    fix: 'Crop it, scale it to at most 1,200 px wide, save photos as JPEG or WebP at about 75% quality, and run SVG files through an optimiser.',
    example: { add: 'content/lessons/25-extra.md', body: '![A team meeting around a table](images/team-meeting.jpg)\n', image: { path: 'content/images/team-meeting.jpg', kb: 90 } },
  },
  ImageWithoutAlt: {
    title: 'Image without a text alternative',
    message: 'An image has nothing between its brackets, so screen-reader users miss it.',
    fix: 'Describe the image between the brackets: `![Two colleagues talking in a hallway](images/hallway.png)`. For pure decoration write `![decorative](images/…)`, which screen readers then skip.',
    example: { add: 'content/lessons/25-extra.md', body: '![](images/hallway.png)\n' },
  },
} satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof CATALOGUE;

/** The standard front matter that `add` examples put before their body. */
export const EXAMPLE_FRONT_MATTER = '---\nid: extra-lesson\ntitle: An extra lesson\nkind: lesson\nsummary: Added by a designer.\n---\n\n';

/** The guide's list of errors (content/README.md, between the two markers), in Markdown. */
export function errorGuide(): string {
  const sections = Object.entries(CATALOGUE).map(([code, e]: [string, CatalogueEntry]) => {
    const head = [`#### ${code}: ${e.title}`, '', e.message, '', `**Fix:** ${e.fix}`];
    const ex = e.example;
    if ('remove' in ex) return [...head, '', `For example, when ${ex.remove} has been deleted or renamed.`].join('\n');
    if ('add' in ex && ex.named) return [...head, '', `For example, a lesson file named \`${ex.add}\`.`].join('\n');
    const where = 'add' in ex ? ex.add : ex.file;
    const shown = 'add' in ex ? ex.body.trimEnd() : ex.to;
    const withImage = 'add' in ex && ex.image ? `, where ${ex.image.path} is ${ex.image.kb} KB` : '';
    return [...head, '', `For example, in ${where}${withImage}:`, '', '```', shown, '```'].join('\n');
  });
  return sections.join('\n\n');
}

export const GUIDE_START = '<!-- The list below is generated from src/course/catalogue.ts by `npm run docs:errors`; edit it there. -->';
export const GUIDE_END = '<!-- End of the generated list. -->';
