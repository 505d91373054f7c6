// Deterministic, non-repeating English-like text for the reflection boxes. suspend_data is
// lz-string compressed, so one string repeated in every box (or "aaaa…") would compress far
// better than a learner's real writing; each box gets its own seeded prose instead.

const WORDS = (
  'I we you they colleague team manager mentor client new hire partner people person ' +
  'ask listen notice follow share thank invite remember learn support trust respect engage ' +
  'open question answer coffee meeting project week month plan note goal idea story work ' +
  'really often always sometimes quietly carefully warmly honestly next first last small ' +
  'what why how when where who which that this those their our my your about with from into ' +
  'after before during because while so and but or if then also still just more less ' +
  'conversation feedback moment energy respect curiosity attention kindness time day morning ' +
  'afternoon lunch call message email follow-up promise commitment role office hallway ' +
  'feel matter value seem try keep start stop build grow connect care understand explain ' +
  'the a an to of in on for at by is was will would could should can'
).split(/\s+/);

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` characters of prose, different for every seed. */
export function prose(seed: number, length: number): string {
  const rnd = mulberry32(seed * 7919 + 17);
  let text = '';
  while (text.length < length) {
    const n = 6 + Math.floor(rnd() * 10);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    text += (text ? ' ' : '') + words.join(' ') + (rnd() < 0.15 ? '?' : '.');
  }
  return text.slice(0, length).trimEnd().padEnd(length, '.');
}
