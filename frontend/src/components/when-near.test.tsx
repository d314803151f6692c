import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhenNear } from './when-near';

describe('WhenNear', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the placeholder until the part comes near the window, then the part', () => {
    let report: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
    const observe = vi.fn();
    const disconnect = vi.fn();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void, options: IntersectionObserverInit) {
          report = callback;
          expect(options.rootMargin).toBe('0px 0px 600px 0px');
        }
        observe = observe;
        disconnect = disconnect;
      },
    );
    render(
      <WhenNear placeholder={<p>Map to come</p>}>
        <p>The map</p>
      </WhenNear>,
    );
    expect(screen.getByText('Map to come')).toBeInTheDocument();
    expect(screen.queryByText('The map')).not.toBeInTheDocument();
    expect(observe).toHaveBeenCalledTimes(1);
    act(() => report?.([{ isIntersecting: false }]));
    expect(screen.queryByText('The map')).not.toBeInTheDocument();
    act(() => report?.([{ isIntersecting: true }]));
    expect(screen.getByText('The map')).toBeInTheDocument();
    expect(disconnect).toHaveBeenCalled();
  });

  it('renders at once where the browser cannot tell', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <WhenNear placeholder={<p>Map to come</p>}>
        <p>The map</p>
      </WhenNear>,
    );
    expect(screen.getByText('The map')).toBeInTheDocument();
  });
});
