import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Outlet, useNavigate, useRoutes, useSearchParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepScrollPosition } from '../../lib/keepScrollPosition';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { RouteErrorBoundary } from '../RouteErrorBoundary';
import { ScrollRestoration } from '../ScrollRestoration';

function Broken(): never {
  throw new Error('page crashed');
}

function Shell() {
  return (
    <>
      <nav>
        <Link to="/">Home</Link>
        <Link to="/broken">Broken</Link>
      </nav>
      <Outlet />
    </>
  );
}

function Pages() {
  return useRoutes([
    {
      element: <Shell />,
      children: [
        { index: true, element: <RouteErrorBoundary><h1>Home page</h1></RouteErrorBoundary> },
        { path: 'broken', element: <RouteErrorBoundary><Broken /></RouteErrorBoundary> },
      ],
    },
  ]);
}

describe('RouteErrorBoundary', () => {
  it('shows a crashed page as a message in its place and lets the next page show', async () => {
    // React reports the caught error on the console; the message on the page is what counts here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderWithProviders(<Pages />, { route: '/broken' });
    expect(screen.getByRole('alert')).toHaveTextContent('This page ran into a problem');
    // The rest of the layout still works.
    await user.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { name: 'Home page' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('ScrollRestoration', () => {
  let scrollY = 0;
  const scrollTo = vi.fn((_x: number, y: number) => {
    scrollY = y;
  });

  beforeEach(() => {
    scrollY = 0;
    scrollTo.mockClear();
    vi.stubGlobal('scrollTo', scrollTo);
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
  });
  afterEach(() => {
    sessionStorage.clear();
  });

  /** The person scrolls the page to `y`. */
  const scrollPage = (y: number) =>
    act(() => {
      scrollY = y;
      window.dispatchEvent(new Event('scroll'));
    });

  function Page({ name }: { name: string }) {
    const navigate = useNavigate();
    const [, setSearchParams] = useSearchParams();
    return (
      <>
        <h1>{name}</h1>
        <Link to="/other">Other</Link>
        <button type="button" onClick={() => void navigate(-1)}>
          Back
        </button>
        <button type="button" onClick={() => setSearchParams({ sort: 'NEW' }, { replace: true, ...keepScrollPosition })}>
          Sort
        </button>
      </>
    );
  }

  function App() {
    return (
      <>
        {useRoutes([
          { path: '/', element: <Page name="Feed" /> },
          { path: '/other', element: <Page name="Other" /> },
        ])}
        <ScrollRestoration />
      </>
    );
  }

  it('opens a new page at its top and brings Back to where the person was', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await scrollPage(800);
    await user.click(screen.getByRole('link', { name: 'Other' }));
    await screen.findByRole('heading', { name: 'Other' });
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Feed' });
    expect(scrollTo).toHaveBeenLastCalledWith(0, 800);
  });

  it('leaves the view alone for a change made with keepScrollPosition', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await scrollPage(600);
    scrollTo.mockClear();
    await user.click(screen.getByRole('button', { name: 'Sort' }));
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('keeps the positions for a reload when the page is left', async () => {
    renderWithProviders(<App />);
    await scrollPage(300);
    window.dispatchEvent(new Event('pagehide'));
    expect(Object.values(JSON.parse(sessionStorage.getItem('react-router-scroll-positions') ?? '{}'))).toContain(300);
  });
});
