-- The dev-realm demo users (fixed subjects in keycloak/kickstart-realm.json) and who organises
-- where: organiser.calderdale organises Calderdale, organiser.newham organises Newham.
INSERT INTO app_user (subject, username, name, email, last_seen_at) VALUES
  ('11111111-1111-4111-8111-111111111111', 'admin', 'Ada Admin', 'admin@example.org', now()),
  ('22222222-2222-4222-8222-222222222222', 'organiser.calderdale', 'Cal Organiser', 'organiser.calderdale@example.org', now()),
  ('33333333-3333-4333-8333-333333333333', 'organiser.newham', 'Nia Organiser', 'organiser.newham@example.org', now()),
  ('44444444-4444-4444-8444-444444444444', 'analyst', 'Ana Analyst', 'analyst@example.org', now())
ON CONFLICT (subject) DO NOTHING;

INSERT INTO place_organiser (place_id, subject, granted_at, granted_by)
SELECT p.id, u.subject, now(), 'admin'
FROM (VALUES ('calderdale', '22222222-2222-4222-8222-222222222222'),
             ('newham', '33333333-3333-4333-8333-333333333333')) AS g(slug, subject)
JOIN place p ON p.slug = g.slug
JOIN app_user u ON u.subject = g.subject
ON CONFLICT DO NOTHING;
