// What the unit loads once its first screen is up: the other lessons' prose and feedback, and
// the components that only those lessons use (tabs, accordions, cards). One chunk, so that the
// first screen's budget holds however many of them designers use.
import './components/tabs/tabs';
import './components/accordion/accordion';
import './components/cards/cards';

export { default } from 'virtual:course-bodies';
