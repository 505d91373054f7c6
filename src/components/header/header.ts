import HqcHeader from './header.component';
import '../save-status/save-status';

export * from './header.component';
export default HqcHeader;

if (!customElements.get('hqc-header')) customElements.define('hqc-header', HqcHeader);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-header': HqcHeader;
  }
}
