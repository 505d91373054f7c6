// The Moodle teacher's setup sheet: one self-contained HTML page (inline CSS, no scripts,
// nothing from other hosts) that says which SCORM activity settings to choose and why.
// `tsx scorm/package.ts` writes it to dist/moodle-setup.html, beside the zips, never in them.

import type { CourseConfig } from '../src/course/types';
import { escapeMarkup as esc } from '../src/markup';

/** The zips scorm/package.ts writes; kept here as plain names for the sheet's text. */
const ZIP_12 = 'connections-scorm12.zip';
const ZIP_2004 = 'connections-scorm2004.zip';


interface Setting {
  /** Where the setting is in Moodle's form, e.g. "Appearance > Display package". */
  name: string;
  /** What to choose (HTML). */
  choose: string;
  /** Why (HTML). */
  why: string;
}

interface Section {
  id: string;
  heading: string;
  intro?: string;
  settings: Setting[];
}

function sections(course: CourseConfig): Section[] {
  const title = esc(course.title);
  const next = esc(course.nextUnit.title);
  return [
    {
      id: 'package',
      heading: 'General and Package',
      settings: [
        {
          name: 'Name',
          choose: `<kbd>${title}</kbd>`,
          why: 'Learners see this name on the course page and in their completion list.',
        },
        {
          name: 'Package > Package file',
          choose: `Upload <code>${ZIP_12}</code>.`,
          why: `SCORM 1.2 is the version Moodle and the Moodle app play fully (the app does not play SCORM 2004). <code>${ZIP_2004}</code> is the same unit for other learning systems that prefer SCORM 2004; Moodle does not need it.`,
        },
        {
          name: 'Package > Auto-update frequency',
          choose: 'Never',
          why: 'You replace the package yourself when a new version of the unit is released; learners keep their progress (the package keeps its identifier from version to version).',
        },
      ],
    },
    {
      id: 'appearance',
      heading: 'Appearance',
      settings: [
        {
          name: 'Display package',
          choose: '<strong>Current window</strong>',
          why: 'The unit is built to run inside Moodle’s page frame and on phones: it adapts to the width it is given. A new window gets blocked by pop-up blockers and loses Moodle’s navigation.',
        },
        {
          name: 'Width',
          choose: '<strong>100 %</strong>',
          why: 'The unit reflows to any width, down to a phone held upright; a fixed width only wastes space.',
        },
        {
          name: 'Height',
          choose: '<strong>500 px or more</strong>',
          why: 'The unit is designed and tested in a 500 px frame; less than that makes learners scroll inside a small box.',
        },
        {
          name: 'Student skip content structure page',
          choose: '<strong>Always</strong>',
          why: 'The package holds a single learning object, so the structure page only adds a click before the unit opens.',
        },
        {
          name: 'Display course structure in player',
          choose: '<strong>Hidden</strong>',
          why: 'The unit has its own menu of lessons; Moodle’s tree would show one item.',
        },
        {
          name: 'Show Navigation',
          choose: '<strong>No</strong>',
          why: 'The unit has its own Back, Continue and menu buttons; Moodle’s navigation buttons would have nothing to move to.',
        },
      ],
    },
    {
      id: 'grade',
      heading: 'Grade',
      settings: [
        {
          name: 'Grading method',
          choose: '<strong>Learning objects</strong>',
          why: 'The unit has no score: nobody is graded on their answers. There is no mastery score in the package’s manifest, so Moodle keeps the status the unit reports (incomplete, then completed) instead of turning it into passed or failed.',
        },
      ],
    },
    {
      id: 'attempts',
      heading: 'Attempts management',
      settings: [
        {
          name: 'Number of attempts',
          choose: '<strong>Unlimited attempts</strong>',
          why: 'Learners come back to the unit, its challenge actions and their notes over several weeks.',
        },
        {
          name: 'Force new attempt',
          choose: '<strong>No</strong>',
          why: 'Learners resume exactly where they stopped, with their answers and notes. A forced new attempt would start them again from the first question each time.',
        },
        {
          name: 'Lock after final attempt',
          choose: '<strong>No</strong>',
          why: 'With unlimited attempts there is no final attempt, and learners must be able to reopen the unit to read their plan.',
        },
      ],
    },
    {
      id: 'compatibility',
      heading: 'Compatibility settings',
      settings: [
        {
          name: 'Force completed, Auto-continue, Auto-commit',
          choose: 'Leave at their defaults (<strong>No</strong>).',
          why: 'The unit reports its own status and saves after every step; forcing “completed” would mark learners complete before they have finished.',
        },
        {
          name: 'Mastery score overrides status',
          choose: 'Either: it has no effect here.',
          why: 'The manifest sets no mastery score and the unit reports no score, so there is nothing for Moodle to override the status with.',
        },
        {
          name: 'SCORM standards mode (the “SCORM 1.2 standard” limits; site-wide, under Site administration > Plugins > Activity modules > SCORM package)',
          choose: '<strong>Off</strong> (Moodle’s default) is fine; <strong>On</strong> also works.',
          why: 'With it on, Moodle keeps at most 4,096 characters of saved progress, as SCORM 1.2 specifies. The unit respects that limit: a full journey with 2,000 characters of the learner’s own writing fits, and a learner who writes more is warned before anything is lost.',
        },
      ],
    },
    {
      id: 'completion',
      heading: 'Activity completion',
      settings: [
        {
          name: 'Completion tracking',
          choose: '<strong>Add requirements</strong> (in older Moodle: “Show activity as complete when conditions are met”).',
          why: 'So the course and its reports show who has finished the unit.',
        },
        {
          name: 'Require status',
          choose: 'Tick <strong>Completed</strong> only. Do not tick “Passed”.',
          why: `The unit sets the status to completed when the learner finishes either path: the full unit, or the quick scan for people who answered Yes to all six questions (they are then advised to move on to another unit, such as “${next}”). The unit never reports passed, so requiring it would leave everyone incomplete.`,
        },
        {
          name: 'Require view',
          choose: 'Optional (“View” in Moodle 4.3 and later).',
          why: 'It adds nothing to the status above, but does no harm.',
        },
        {
          name: 'Require minimum score',
          choose: 'Leave off.',
          why: 'The unit has no score.',
        },
      ],
    },
  ];
}

export function setupSheet(course: CourseConfig): string {
  const title = esc(course.title);
  const next = esc(course.nextUnit.title);
  const lang = esc(course.language || 'en');
  const body = sections(course)
    .map(
      (s) => `
    <section aria-labelledby="${s.id}">
      <h2 id="${s.id}">${esc(s.heading)}</h2>
      <table>
        <thead><tr><th scope="col">Setting</th><th scope="col">Choose</th><th scope="col">Why</th></tr></thead>
        <tbody>
${s.settings.map((x) => `          <tr><th scope="row">${esc(x.name)}</th><td data-label="Choose">${x.choose}</td><td data-label="Why">${x.why}</td></tr>`).join('\n')}
        </tbody>
      </table>
    </section>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
  <title>Setting up ${title} in Moodle</title>
  <style>
    body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1b; background: #fff; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 .25rem; }
    h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #1f5a85; }
    .meta { color: #4a4a4a; margin-top: 0; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border: 1px solid #c9ced6; }
    thead th { background: #eef2f6; }
    tbody th { font-weight: 600; width: 24%; }
    tbody td:nth-child(2) { width: 26%; }
    code, kbd { font: .92em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f2f4f7; padding: 0 .2em; border-radius: 3px; }
    ol li, ul li { margin: .3rem 0; }
    a { color: #1f5a85; }
    @media (max-width: 40rem) {
      table, thead, tbody, tr, th, td { display: block; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      tbody th, tbody td:nth-child(2) { width: auto; }
      tr { margin-bottom: .75rem; border: 1px solid #c9ced6; }
      th, td { border: 0; }
      td::before { content: attr(data-label) ": "; font-weight: 600; color: #4a4a4a; }
    }
    @media print { body { max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
  </style>
</head>
<body>
<main>
  <h1>Setting up ${title} in Moodle</h1>
  <p class="meta">Unit version ${esc(course.version)}. For teachers and course administrators.</p>

  <section aria-labelledby="steps">
    <h2 id="steps">In short</h2>
    <ol>
      <li>In the course, turn editing on and choose <strong>Add an activity or resource &gt; SCORM package</strong>.</li>
      <li>Upload <code>${ZIP_12}</code> as the package file.</li>
      <li>Choose the settings below, then <strong>Save and display</strong>.</li>
      <li>If your programme has the unit “${next}”, consider putting it right after this one: learners who answer Yes to all six opening questions take a quick scan and are advised to move on to another unit, such as “${next}”.</li>
    </ol>
  </section>
${body}

  <section aria-labelledby="reports">
    <h2 id="reports">Where to see what learners did</h2>
    <ul>
      <li><strong>Completion</strong>: the course’s activity completion report, or the activity’s <strong>Reports &gt; Basic report</strong> (status and time per learner and attempt).</li>
      <li><strong>Answers</strong>: the activity’s <strong>Reports &gt; Interactions report</strong>. Each self-assessment answer and each scenario choice is one interaction with a stable id, such as <code>sa-have-hqc</code> (“Do you have high-quality connections?”); yes/no answers show as true/false.</li>
      <li><strong>Learners’ notes</strong> (their questions, reflections and follow-up plan) are saved with their progress in <code>cmi.suspend_data</code>, in a compressed form that Moodle’s reports do not display. They stay private to the learner, who can open and download them under <em>My plan</em> in the unit.</li>
    </ul>
  </section>
</main>
</body>
</html>
`;
}
