import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FlowController } from './flow-controller';
import { startFlow, describe, it } from './test-fixtures';

class FlowProbe extends LitElement {
  flow!: FlowController;
  renders = 0;

  render() {
    this.renders++;
    return html`<p>${String(this.flow.snapshot.value)}</p>`;
  }
}
customElements.define('flow-probe', FlowProbe);

async function probe(flow = startFlow()) {
  const el = document.createElement('flow-probe') as FlowProbe;
  el.flow = new FlowController(el, flow);
  await fixture(html`<div></div>`).then((parent) => parent.append(el));
  await el.updateComplete;
  return { el, flow };
}

describe('FlowController', () => {
  it('re-renders its host on each snapshot and exposes snapshot and send()', async () => {
    const { el, flow } = await probe();
    expect(el.shadowRoot!.textContent).to.equal('self-check');
    el.flow.send({ type: 'answer.set', id: 'sa-attention', value: 'yes' });
    el.flow.send({ type: 'answer.set', id: 'sa-questions', value: 'yes' });
    el.flow.send({ type: 'step.continue' });
    await el.updateComplete;
    expect(el.flow.snapshot).to.equal(flow.getSnapshot());
    expect(el.shadowRoot!.textContent).to.equal('your-path');
  });

  it('stops listening when the host leaves the document, and resumes when it returns', async () => {
    const { el, flow } = await probe();
    const parent = el.parentElement!;
    el.remove();
    const before = el.renders;
    flow.send({ type: 'answer.set', id: 'sa-attention', value: 'no' });
    await el.updateComplete;
    expect(el.renders).to.equal(before);
    parent.append(el);
    flow.send({ type: 'answer.set', id: 'sa-attention', value: 'yes' });
    await el.updateComplete;
    expect(el.renders).to.be.greaterThan(before);
  });

  it('never stops the actor it was given', async () => {
    const { el, flow } = await probe();
    el.remove();
    expect(flow.getSnapshot().status).to.equal('active');
  });

  it('switches to another actor', async () => {
    const { el } = await probe();
    const other = startFlow();
    other.send({ type: 'nav.plan' });
    el.flow.actor = other;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('plan');
  });
});
