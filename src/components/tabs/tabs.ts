import HqcTabs from './tabs.component';

export * from './tabs.component';
export default HqcTabs;

if (!customElements.get('hqc-tabs')) customElements.define('hqc-tabs', HqcTabs);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-tabs': HqcTabs;
  }
}
