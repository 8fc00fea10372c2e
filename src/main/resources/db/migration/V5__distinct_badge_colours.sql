-- Badge colours tell the courses apart at a glance: DevOps Fundamentals was a second blue beside
-- Git Fundamentals and InnerSource a second rust brown beside System Administration.
-- Both new colours keep white text at WCAG AA contrast (4.5:1), like the rest of the catalog.
update achievement set colour = '#be185d' where slug = 'devops-fundamentals';
update achievement set colour = '#334155' where slug = 'innersource';
