// Every component, defined: `import './components'` once in the app.
export { default as HqcUnit, type UnitNotice } from './unit/unit';
export { default as HqcMenu } from './menu/menu';
export { default as HqcYesNo } from './yes-no/yes-no';
export { default as HqcChoice } from './choice/choice';
export { default as HqcReflection } from './reflection/reflection';
export { default as HqcChallenge } from './challenge/challenge';
export { default as HqcSaveStatus, SAVE_STATUS_TEXT } from './save-status/save-status';
export { default as HqcPlan } from './plan/plan';
export { planCalendar, planMarkdown } from './plan/plan-export';
export { FlowController } from './flow-controller';
export * from './events';
