/** The two SCORM versions the unit ships as: SCORM 1.2 and SCORM 2004 4th edition. */
export type Standard = '1.2' | '2004';
