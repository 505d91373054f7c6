// What the unit loads once its first screen is up: the other lessons' prose and feedback, and
// the components that the first screen does not use: questions with feedback, reflections,
// challenge actions, tabs, accordions, cards, the lesson menu's list, the end screen and the
// plan. One chunk, so that the first screen's budget holds however many of them designers use.
import './components/challenge/challenge';
import './components/choice/choice';
import './components/plan/plan';
import './components/reflection/reflection';
import './components/tabs/tabs';
import './components/accordion/accordion';
import './components/cards/cards';
import './components/menu/menu';
import './components/end-screen/end-screen';
import './components/plan-page/plan-page';

export { default } from 'virtual:course-bodies';
