import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { paths } from '@/lib/paths';
import { useCreatePartner } from '../api/create-partner';
import { usePartnership } from '../api/get-partnership';
import { usePutMembership } from '../api/put-membership';
import type { Membership, Partner } from '../types';
import { MembershipForm } from './membership-form';
import { PartnerForm } from './partner-form';
import { PartnerPicker } from './partner-picker';
import { PartnerTypeBadge } from './partner-type-badge';

export interface AddMemberProps {
  placeId: string;
  placeSlug: string;
  placeName: string;
  onAdded: (membership: Membership) => void;
}

type Source = 'existing' | 'new';

/**
 * Add a partner to a place's partnership in two steps: choose an organisation from the directory
 * (or create it here), then say what part it plays.
 */
export function AddMember({ placeId, placeSlug, placeName, onAdded }: AddMemberProps) {
  const partnership = usePartnership(placeId);
  const [source, setSource] = useState<Source>('existing');
  const [chosen, setChosen] = useState<Partner | null>(null);
  const createPartner = useCreatePartner();
  const putMembership = usePutMembership();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = chosen ? 2 : 1;
  const firstRender = useRef(true);

  // Each step starts with its heading, so screen reader and keyboard users start there too.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const cancel = (
    <Link to={paths.placePartnership(placeSlug)} className="button button--quiet">
      Cancel
    </Link>
  );

  if (partnership.isPending) return <Loading label="Loading the partnership…" />;
  if (partnership.isError) {
    return <ErrorPanel error={partnership.error} onRetry={() => void partnership.refetch()} retrying={partnership.isRefetching} />;
  }

  if (chosen) {
    return (
      <section className="add-member" aria-labelledby="add-member-title">
        <p className="step">Step 2 of 2</p>
        <h2 id="add-member-title" ref={headingRef} tabIndex={-1}>
          Add {chosen.name} to the partnership
        </h2>
        <div className="chosen">
          <PartnerTypeBadge type={chosen.type} />
          {chosen.postcode ? <span className="muted">{chosen.postcode}</span> : null}
          <Button
            variant="quiet"
            className="button--small"
            onClick={() => {
              putMembership.reset();
              setChosen(null);
            }}
          >
            Choose a different partner
          </Button>
        </div>
        <MembershipForm
          idPrefix="new-membership"
          partnerName={chosen.name}
          submitLabel="Add to the partnership"
          pendingLabel="Adding…"
          pending={putMembership.isPending}
          error={putMembership.error}
          cancel={cancel}
          onReload={() => {
            putMembership.reset();
            void partnership.refetch();
          }}
          onSubmit={(input) => {
            putMembership.mutate({ placeId, partnerId: chosen.id, input }, { onSuccess: onAdded });
          }}
        />
      </section>
    );
  }

  const memberIds = new Set(partnership.data.members.map((member) => member.partner.id));
  return (
    <section className="add-member" aria-labelledby="add-member-title">
      <p className="step">Step 1 of 2</p>
      <h2 id="add-member-title" ref={headingRef} tabIndex={-1}>
        Add a partner to the {placeName} partnership
      </h2>
      <fieldset className="field fieldset">
        <legend className="field__label">Is the organisation already in the Kickstart directory?</legend>
        <div className="choices choices--inline">
          {(
            [
              ['existing', 'Yes, find it'],
              ['new', 'No, add a new organisation'],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className="choice">
              <input
                id={`add-member-source-${value}`}
                className="choice__input"
                type="radio"
                name="add-member-source"
                value={value}
                checked={source === value}
                onChange={() => {
                  setSource(value);
                }}
              />
              <label className="choice__label" htmlFor={`add-member-source-${value}`}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      {source === 'existing' ? (
        <>
          <PartnerPicker memberIds={memberIds} placeSlug={placeSlug} onPick={setChosen} />
          <div className="button-row">{cancel}</div>
        </>
      ) : (
        <>
          <h3>The new organisation</h3>
          <PartnerForm
            idPrefix="new-partner"
            submitLabel="Add to the directory and continue"
            pendingLabel="Adding the organisation…"
            pending={createPartner.isPending}
            error={createPartner.error}
            cancel={cancel}
            onSubmit={(input) => {
              createPartner.mutate(input, {
                onSuccess: (partner) => {
                  createPartner.reset();
                  setChosen(partner);
                },
              });
            }}
          />
        </>
      )}
    </section>
  );
}
