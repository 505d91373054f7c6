// What the unit loads once its first screen is up: the other lessons' prose and feedback, and
// the components that only those lessons use (questions with feedback, reflections, challenge
// actions, the plan, tabs, accordions, cards). One chunk, so that the first screen's budget
// holds however many of them designers use.
import './components/challenge/challenge';
import './components/choice/choice';
import './components/plan/plan';
import './components/reflection/reflection';
import './components/tabs/tabs';
import './components/accordion/accordion';
import './components/cards/cards';

export { default } from 'virtual:course-bodies';
