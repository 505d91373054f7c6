import HqcSaveStatus from './save-status.component';

export * from './save-status.component';
export default HqcSaveStatus;

if (!customElements.get('hqc-save-status')) customElements.define('hqc-save-status', HqcSaveStatus);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-save-status': HqcSaveStatus;
  }
}
