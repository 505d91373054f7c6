import HqcCards from './cards.component';

export * from './cards.component';
export default HqcCards;

if (!customElements.get('hqc-cards')) customElements.define('hqc-cards', HqcCards);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-cards': HqcCards;
  }
}
