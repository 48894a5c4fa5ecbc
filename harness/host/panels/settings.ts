import { parseSettings } from '../../../src/triage/settings';
import { settingProblemText } from '../../../src/triage/settingProblemText';
import { byId, el, json, replace } from '../dom';
import { shared, type HostActions } from '../page';

/** "Settings": what an admin fills in at install; secure ones are never shown back, as in Zendesk. */

export function renderSettings(actions: HostActions): void {
  const { state } = shared;
  const form = byId<HTMLFormElement>('settings-form');
  const fields = state.settingSpecs
    .filter((spec) => spec.type !== 'hidden')
    .map((spec) => {
      const label = state.settingLabels[spec.name]?.label ?? spec.name;
      const help = state.settingLabels[spec.name]?.helpText;
      const value = state.settings[spec.name];
      const common = { id: `setting-${spec.name}`, name: spec.name };
      const input =
        spec.type === 'multiline'
          ? el('textarea', { ...common, rows: '3' }, String(value ?? ''))
          : spec.type === 'checkbox'
            ? el('input', { ...common, type: 'checkbox', checked: value === true || value === 'true' })
            : el('input', {
                ...common,
                type: spec.secure ? 'password' : spec.type === 'number' ? 'number' : spec.type === 'url' ? 'url' : 'text',
                value: value === undefined || value === null ? '' : String(value),
                placeholder: spec.secure && state.secureSettingsSet.includes(spec.name) ? 'Set: leave empty to keep it' : undefined,
              });
      return el(
        'div',
        { class: 'setting' },
        el('label', { for: common.id }, label, spec.required ? ' *' : '', ' ', el('code', {}, spec.name)),
        input,
        help ? el('p', { class: 'help' }, help) : null,
        spec.secure ? el('p', { class: 'help' }, 'Secure: Zendesk never gives this to the app.') : null,
      );
    });
  const save = el('button', { type: 'submit' }, 'Save and reload app');
  const defaults = el('button', { type: 'button' }, 'Restore defaults');
  defaults.addEventListener('click', () => {
    void json('/__harness/settings', { method: 'DELETE' })
      .then(() => actions.reloadState(true))
      .then(actions.mountApp);
  });
  replace(form, ...fields, el('div', { class: 'buttons' }, save, defaults));
  replace(byId('settings-problems'), ...parseSettings(state.settings).problems.map((p) => el('li', {}, `${p.setting}: ${settingProblemText(p)}`)));
}

function readSettingsForm(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of shared.state.settingSpecs) {
    const input = document.getElementById(`setting-${spec.name}`) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!input) continue;
    if (spec.type === 'checkbox') out[spec.name] = (input as HTMLInputElement).checked;
    else if (spec.type === 'number') out[spec.name] = input.value.trim() === '' ? '' : Number(input.value);
    else out[spec.name] = input.value;
  }
  return out;
}

export function wireSettings(actions: HostActions): void {
  byId<HTMLFormElement>('settings-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void json('/__harness/settings', { method: 'PUT', body: JSON.stringify(readSettingsForm()) })
      .then(() => actions.reloadState(true))
      .then(actions.mountApp);
  });
}
