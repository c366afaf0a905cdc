import { useState } from 'react';
import { PageTitle } from '../components/ui';
import { Tabs } from '../components/Tabs';
import { InvitationsTab } from '../components/admin/InvitationsTab';
import { AdministrationsTab } from '../components/admin/AdministrationsTab';
import { MembersTab } from '../components/admin/MembersTab';

export default function Admin() {
  const [tab, setTab] = useState<'invitations' | 'administrations' | 'members'>('invitations');
  return (
    <>
      <PageTitle title="Gestione">Gestione della comunità</PageTitle>
      <Tabs
        label="Sezioni della gestione"
        value={tab}
        onChange={setTab}
        tabs={[
          ['invitations', 'Inviti'],
          ['administrations', 'Amministrazioni'],
          ['members', 'Ruoli e sospensioni'],
        ]}
      >
        {tab === 'invitations' ? <InvitationsTab /> : tab === 'administrations' ? <AdministrationsTab /> : <MembersTab />}
      </Tabs>
    </>
  );
}
