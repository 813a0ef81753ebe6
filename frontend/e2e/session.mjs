// Signing in through the login form, as a person does, for the browser walks.

/** Signs `page` in with the login form and waits for the header to name the person. */
export async function signIn(page, { email, password }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.locator('form').getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('viewer-name').waitFor();
}
