import { useState } from 'react';
import { PageTitle } from '../components/ui';
import { Tabs } from '../components/Tabs';
import { FlagQueue } from '../components/moderation/FlagQueue';
import { ModerationLog } from '../components/moderation/ModerationLog';

export default function Moderation() {
  const [tab, setTab] = useState<'queue' | 'log'>('queue');
  return (
    <>
      <PageTitle title="Moderazione">Moderazione</PageTitle>
      <Tabs
        label="Sezioni della moderazione"
        value={tab}
        onChange={setTab}
        tabs={[
          ['queue', 'Segnalazioni'],
          ['log', 'Registro'],
        ]}
      >
        {tab === 'queue' ? <FlagQueue /> : <ModerationLog />}
      </Tabs>
    </>
  );
}
