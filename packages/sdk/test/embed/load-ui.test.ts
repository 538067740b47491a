import { expect, it, vi } from 'vitest';
import { loadUi } from '../../src/embed/load-ui';

it('resolves to null and reports when the UI cannot be imported', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  await expect(loadUi('data:text/javascript,throw new Error("broken")')).resolves.toBeNull();
  expect(error).toHaveBeenCalledWith(expect.stringContaining('could not load the consent banner'), expect.anything());
});
