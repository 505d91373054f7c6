import { css } from 'lit';

/** hqc-plan-page's rules; hqc-unit adopts them (the page draws into the unit's shadow root). Its button row is the step bar's `.step-nav`. */
export default css`
  hqc-plan-page {
    display: contents;
  }
`;
