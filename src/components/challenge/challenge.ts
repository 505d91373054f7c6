import HqcChallenge from './challenge.component';

export * from './challenge.component';
export default HqcChallenge;

if (!customElements.get('hqc-challenge')) customElements.define('hqc-challenge', HqcChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-challenge': HqcChallenge;
  }
}
