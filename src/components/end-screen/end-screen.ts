import HqcEndScreen from './end-screen.component';

export * from './end-screen.component';
export default HqcEndScreen;

if (!customElements.get('hqc-end-screen')) customElements.define('hqc-end-screen', HqcEndScreen);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-end-screen': HqcEndScreen;
  }
}
