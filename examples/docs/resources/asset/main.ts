import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { asset, assetStatus, assetType, location, provider } from 'mojohelpdesk-iac';

class AssetsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.MojohelpdeskProvider(this, 'mojohelpdesk');

    const monitors = new assetType.AssetType(this, 'monitors', { name: 'Monitors' });
    const warehouse = new location.Location(this, 'warehouse', { name: 'Warehouse' });
    const inStock = new assetStatus.AssetStatus(this, 'in-stock', { name: 'In Stock' });

    new asset.Asset(this, 'monitor', {
      displayName: 'Dell U2723QE',
      assetTag: 'MON-0042',
      serialNumber: 'CN-0ABC-1234',
      assetTypeId: Token.asNumber(monitors.id),
      locationId: Token.asNumber(warehouse.id),
      assetStatusId: Token.asNumber(inStock.id),
      vendor: 'Dell',
      purchasedOn: '2024-03-15',
      cost: 579.99,
      endOfContractOn: '2027-03-14',
      visibility: 'staff_only',
    });
  }
}

const app = new App();
new AssetsStack(app, 'assets');
app.synth();
