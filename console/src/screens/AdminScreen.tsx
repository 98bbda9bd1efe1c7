import './admin/admin.css';
import { Catalog } from './admin/Catalog';
import { Invitations } from './admin/Invitations';
import { People } from './admin/People';
import { Policies } from './admin/Policies';
import { PolicyChanges } from './admin/PolicyChanges';

/** Admin: people, invitations and keys; policies and the changes waiting for a second admin; the catalog. */
export default function AdminScreen() {
  return (
    <>
      <h1>Administration</h1>
      <nav aria-label="Sections">
        <ul>
          <li><a href="#people">People</a></li>
          <li><a href="#invitations">Invitations</a></li>
          <li><a href="#policies">Policies</a></li>
          <li><a href="#policy-changes">Pending policy changes</a></li>
          <li><a href="#catalog">Process catalog</a></li>
        </ul>
      </nav>
      <People />
      <Invitations />
      <Policies />
      <PolicyChanges />
      <Catalog />
    </>
  );
}
