import HqcNotices from './notices.component';

export * from './notices.component';
export default HqcNotices;

if (!customElements.get('hqc-notices')) customElements.define('hqc-notices', HqcNotices);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-notices': HqcNotices;
  }
}
