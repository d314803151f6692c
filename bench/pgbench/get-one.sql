-- GET /api/v1/spaces/{id}: the two statements the API sends (copied from Hibernate's SQL log):
-- the space by primary key, then its status history. Space n has the id 00000000-0000-4000-8000-<n>.
\set n random(1, :spaces)
select s1_0.id,s1_0.address,s1_0.capacity,s1_0.cost,s1_0.created_at,s1_0.description,s1_0.features,s1_0.kind,s1_0.languages,s1_0.lat,s1_0.lon,s1_0.managing_partner_id,s1_0.mode,s1_0.name,s1_0.neighbourhood_code,s1_0.opening_hours,s1_0.place_id,s1_0.platform,s1_0.postcode,s1_0.status,s1_0.updated_at,s1_0.url,s1_0.version from space s1_0 where s1_0.id=('00000000-0000-4000-8000-' || lpad(:n::text, 12, '0'))::uuid;
select sc1_0.id,sc1_0.at,sc1_0.by_subject,sc1_0.by_username,sc1_0.from_status,sc1_0.note,sc1_0.space_id,sc1_0.to_status from space_status_change sc1_0 where sc1_0.space_id=('00000000-0000-4000-8000-' || lpad(:n::text, 12, '0'))::uuid order by sc1_0.at,sc1_0.id;
