import HqcMenu from './menu.component';

export * from './menu.component';
export default HqcMenu;

if (!customElements.get('hqc-menu')) customElements.define('hqc-menu', HqcMenu);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-menu': HqcMenu;
  }
}
