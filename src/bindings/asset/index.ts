// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AssetConfig extends cdktf.TerraformMetaArguments {
  /**
  * Id of the asset status.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#asset_status_id Asset#asset_status_id}
  */
  readonly assetStatusId?: number;
  /**
  * Tag or inventory number on the asset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#asset_tag Asset#asset_tag}
  */
  readonly assetTag?: string;
  /**
  * Id of the asset type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#asset_type_id Asset#asset_type_id}
  */
  readonly assetTypeId?: number;
  /**
  * Anniversary date of the asset (such as its commissioning), YYYY-MM-DD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#birthday Asset#birthday}
  */
  readonly birthday?: string;
  /**
  * Notes about the contract covering the asset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#contract_notes Asset#contract_notes}
  */
  readonly contractNotes?: string;
  /**
  * Purchase cost, in the account currency.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#cost Asset#cost}
  */
  readonly cost?: number;
  /**
  * Days before the end of the contract at which the service opens a ticket.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#create_ticket_days_before Asset#create_ticket_days_before}
  */
  readonly createTicketDaysBefore?: number;
  /**
  * Id of the department the asset belongs to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#department_id Asset#department_id}
  */
  readonly departmentId?: number;
  /**
  * Description of the asset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#description Asset#description}
  */
  readonly description?: string;
  /**
  * Name of the asset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#display_name Asset#display_name}
  */
  readonly displayName: string;
  /**
  * Last day of the contract covering the asset, written YYYY-MM-DD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#end_of_contract_on Asset#end_of_contract_on}
  */
  readonly endOfContractOn?: string;
  /**
  * Reference number of the asset in an earlier system.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#legacy_reference_number Asset#legacy_reference_number}
  */
  readonly legacyReferenceNumber?: string;
  /**
  * Id of the location where the asset is.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#location_id Asset#location_id}
  */
  readonly locationId?: number;
  /**
  * Id of the user who manages the asset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#managed_by_id Asset#managed_by_id}
  */
  readonly managedById?: number;
  /**
  * Free notes about the asset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#notes Asset#notes}
  */
  readonly notes?: string;
  /**
  * Number of the purchase order.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#purchase_order_number Asset#purchase_order_number}
  */
  readonly purchaseOrderNumber?: string;
  /**
  * Purchase date, written YYYY-MM-DD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#purchased_on Asset#purchased_on}
  */
  readonly purchasedOn?: string;
  /**
  * Replacement date, written YYYY-MM-DD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#replaced_on Asset#replaced_on}
  */
  readonly replacedOn?: string;
  /**
  * Manufacturer's serial number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#serial_number Asset#serial_number}
  */
  readonly serialNumber?: string;
  /**
  * Id of the user who uses the asset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#used_by_id Asset#used_by_id}
  */
  readonly usedById?: number;
  /**
  * Vendor or supplier.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#vendor Asset#vendor}
  */
  readonly vendor?: string;
  /**
  * Who may see the asset: staff_only, all_users or logged_in_users. The service decides when unset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#visibility Asset#visibility}
  */
  readonly visibility?: string;
  /**
  * Warranty terms of the asset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#warranty_info Asset#warranty_info}
  */
  readonly warrantyInfo?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset mojohelpdesk_asset}
*/
export class Asset extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_asset";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Asset resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Asset to import
  * @param importFromId The id of the existing Asset that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Asset to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_asset", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/asset mojohelpdesk_asset} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AssetConfig
  */
  public constructor(scope: Construct, id: string, config: AssetConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_asset',
      terraformGeneratorMetadata: {
        providerName: 'mojohelpdesk',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._assetStatusId = config.assetStatusId;
    this._assetTag = config.assetTag;
    this._assetTypeId = config.assetTypeId;
    this._birthday = config.birthday;
    this._contractNotes = config.contractNotes;
    this._cost = config.cost;
    this._createTicketDaysBefore = config.createTicketDaysBefore;
    this._departmentId = config.departmentId;
    this._description = config.description;
    this._displayName = config.displayName;
    this._endOfContractOn = config.endOfContractOn;
    this._legacyReferenceNumber = config.legacyReferenceNumber;
    this._locationId = config.locationId;
    this._managedById = config.managedById;
    this._notes = config.notes;
    this._purchaseOrderNumber = config.purchaseOrderNumber;
    this._purchasedOn = config.purchasedOn;
    this._replacedOn = config.replacedOn;
    this._serialNumber = config.serialNumber;
    this._usedById = config.usedById;
    this._vendor = config.vendor;
    this._visibility = config.visibility;
    this._warrantyInfo = config.warrantyInfo;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // asset_status_id - computed: false, optional: true, required: false
  private _assetStatusId?: number; 
  public get assetStatusId() {
    return this.getNumberAttribute('asset_status_id');
  }
  public set assetStatusId(value: number) {
    this._assetStatusId = value;
  }
  public resetAssetStatusId() {
    this._assetStatusId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assetStatusIdInput() {
    return this._assetStatusId;
  }

  // asset_tag - computed: false, optional: true, required: false
  private _assetTag?: string; 
  public get assetTag() {
    return this.getStringAttribute('asset_tag');
  }
  public set assetTag(value: string) {
    this._assetTag = value;
  }
  public resetAssetTag() {
    this._assetTag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assetTagInput() {
    return this._assetTag;
  }

  // asset_type_id - computed: false, optional: true, required: false
  private _assetTypeId?: number; 
  public get assetTypeId() {
    return this.getNumberAttribute('asset_type_id');
  }
  public set assetTypeId(value: number) {
    this._assetTypeId = value;
  }
  public resetAssetTypeId() {
    this._assetTypeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assetTypeIdInput() {
    return this._assetTypeId;
  }

  // birthday - computed: false, optional: true, required: false
  private _birthday?: string; 
  public get birthday() {
    return this.getStringAttribute('birthday');
  }
  public set birthday(value: string) {
    this._birthday = value;
  }
  public resetBirthday() {
    this._birthday = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get birthdayInput() {
    return this._birthday;
  }

  // contract_notes - computed: false, optional: true, required: false
  private _contractNotes?: string; 
  public get contractNotes() {
    return this.getStringAttribute('contract_notes');
  }
  public set contractNotes(value: string) {
    this._contractNotes = value;
  }
  public resetContractNotes() {
    this._contractNotes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contractNotesInput() {
    return this._contractNotes;
  }

  // cost - computed: false, optional: true, required: false
  private _cost?: number; 
  public get cost() {
    return this.getNumberAttribute('cost');
  }
  public set cost(value: number) {
    this._cost = value;
  }
  public resetCost() {
    this._cost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get costInput() {
    return this._cost;
  }

  // create_ticket_days_before - computed: false, optional: true, required: false
  private _createTicketDaysBefore?: number; 
  public get createTicketDaysBefore() {
    return this.getNumberAttribute('create_ticket_days_before');
  }
  public set createTicketDaysBefore(value: number) {
    this._createTicketDaysBefore = value;
  }
  public resetCreateTicketDaysBefore() {
    this._createTicketDaysBefore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createTicketDaysBeforeInput() {
    return this._createTicketDaysBefore;
  }

  // department_id - computed: false, optional: true, required: false
  private _departmentId?: number; 
  public get departmentId() {
    return this.getNumberAttribute('department_id');
  }
  public set departmentId(value: number) {
    this._departmentId = value;
  }
  public resetDepartmentId() {
    this._departmentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get departmentIdInput() {
    return this._departmentId;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // display_name - computed: false, optional: false, required: true
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // end_of_contract_on - computed: false, optional: true, required: false
  private _endOfContractOn?: string; 
  public get endOfContractOn() {
    return this.getStringAttribute('end_of_contract_on');
  }
  public set endOfContractOn(value: string) {
    this._endOfContractOn = value;
  }
  public resetEndOfContractOn() {
    this._endOfContractOn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endOfContractOnInput() {
    return this._endOfContractOn;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // legacy_reference_number - computed: false, optional: true, required: false
  private _legacyReferenceNumber?: string; 
  public get legacyReferenceNumber() {
    return this.getStringAttribute('legacy_reference_number');
  }
  public set legacyReferenceNumber(value: string) {
    this._legacyReferenceNumber = value;
  }
  public resetLegacyReferenceNumber() {
    this._legacyReferenceNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get legacyReferenceNumberInput() {
    return this._legacyReferenceNumber;
  }

  // location_id - computed: false, optional: true, required: false
  private _locationId?: number; 
  public get locationId() {
    return this.getNumberAttribute('location_id');
  }
  public set locationId(value: number) {
    this._locationId = value;
  }
  public resetLocationId() {
    this._locationId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get locationIdInput() {
    return this._locationId;
  }

  // managed_by_id - computed: false, optional: true, required: false
  private _managedById?: number; 
  public get managedById() {
    return this.getNumberAttribute('managed_by_id');
  }
  public set managedById(value: number) {
    this._managedById = value;
  }
  public resetManagedById() {
    this._managedById = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managedByIdInput() {
    return this._managedById;
  }

  // notes - computed: false, optional: true, required: false
  private _notes?: string; 
  public get notes() {
    return this.getStringAttribute('notes');
  }
  public set notes(value: string) {
    this._notes = value;
  }
  public resetNotes() {
    this._notes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notesInput() {
    return this._notes;
  }

  // purchase_order_number - computed: false, optional: true, required: false
  private _purchaseOrderNumber?: string; 
  public get purchaseOrderNumber() {
    return this.getStringAttribute('purchase_order_number');
  }
  public set purchaseOrderNumber(value: string) {
    this._purchaseOrderNumber = value;
  }
  public resetPurchaseOrderNumber() {
    this._purchaseOrderNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get purchaseOrderNumberInput() {
    return this._purchaseOrderNumber;
  }

  // purchased_on - computed: false, optional: true, required: false
  private _purchasedOn?: string; 
  public get purchasedOn() {
    return this.getStringAttribute('purchased_on');
  }
  public set purchasedOn(value: string) {
    this._purchasedOn = value;
  }
  public resetPurchasedOn() {
    this._purchasedOn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get purchasedOnInput() {
    return this._purchasedOn;
  }

  // replaced_on - computed: false, optional: true, required: false
  private _replacedOn?: string; 
  public get replacedOn() {
    return this.getStringAttribute('replaced_on');
  }
  public set replacedOn(value: string) {
    this._replacedOn = value;
  }
  public resetReplacedOn() {
    this._replacedOn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replacedOnInput() {
    return this._replacedOn;
  }

  // serial_number - computed: false, optional: true, required: false
  private _serialNumber?: string; 
  public get serialNumber() {
    return this.getStringAttribute('serial_number');
  }
  public set serialNumber(value: string) {
    this._serialNumber = value;
  }
  public resetSerialNumber() {
    this._serialNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialNumberInput() {
    return this._serialNumber;
  }

  // used_by_id - computed: false, optional: true, required: false
  private _usedById?: number; 
  public get usedById() {
    return this.getNumberAttribute('used_by_id');
  }
  public set usedById(value: number) {
    this._usedById = value;
  }
  public resetUsedById() {
    this._usedById = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usedByIdInput() {
    return this._usedById;
  }

  // vendor - computed: false, optional: true, required: false
  private _vendor?: string; 
  public get vendor() {
    return this.getStringAttribute('vendor');
  }
  public set vendor(value: string) {
    this._vendor = value;
  }
  public resetVendor() {
    this._vendor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vendorInput() {
    return this._vendor;
  }

  // visibility - computed: true, optional: true, required: false
  private _visibility?: string; 
  public get visibility() {
    return this.getStringAttribute('visibility');
  }
  public set visibility(value: string) {
    this._visibility = value;
  }
  public resetVisibility() {
    this._visibility = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get visibilityInput() {
    return this._visibility;
  }

  // warranty_info - computed: false, optional: true, required: false
  private _warrantyInfo?: string; 
  public get warrantyInfo() {
    return this.getStringAttribute('warranty_info');
  }
  public set warrantyInfo(value: string) {
    this._warrantyInfo = value;
  }
  public resetWarrantyInfo() {
    this._warrantyInfo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get warrantyInfoInput() {
    return this._warrantyInfo;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      asset_status_id: cdktf.numberToTerraform(this._assetStatusId),
      asset_tag: cdktf.stringToTerraform(this._assetTag),
      asset_type_id: cdktf.numberToTerraform(this._assetTypeId),
      birthday: cdktf.stringToTerraform(this._birthday),
      contract_notes: cdktf.stringToTerraform(this._contractNotes),
      cost: cdktf.numberToTerraform(this._cost),
      create_ticket_days_before: cdktf.numberToTerraform(this._createTicketDaysBefore),
      department_id: cdktf.numberToTerraform(this._departmentId),
      description: cdktf.stringToTerraform(this._description),
      display_name: cdktf.stringToTerraform(this._displayName),
      end_of_contract_on: cdktf.stringToTerraform(this._endOfContractOn),
      legacy_reference_number: cdktf.stringToTerraform(this._legacyReferenceNumber),
      location_id: cdktf.numberToTerraform(this._locationId),
      managed_by_id: cdktf.numberToTerraform(this._managedById),
      notes: cdktf.stringToTerraform(this._notes),
      purchase_order_number: cdktf.stringToTerraform(this._purchaseOrderNumber),
      purchased_on: cdktf.stringToTerraform(this._purchasedOn),
      replaced_on: cdktf.stringToTerraform(this._replacedOn),
      serial_number: cdktf.stringToTerraform(this._serialNumber),
      used_by_id: cdktf.numberToTerraform(this._usedById),
      vendor: cdktf.stringToTerraform(this._vendor),
      visibility: cdktf.stringToTerraform(this._visibility),
      warranty_info: cdktf.stringToTerraform(this._warrantyInfo),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      asset_status_id: {
        value: cdktf.numberToHclTerraform(this._assetStatusId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      asset_tag: {
        value: cdktf.stringToHclTerraform(this._assetTag),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      asset_type_id: {
        value: cdktf.numberToHclTerraform(this._assetTypeId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      birthday: {
        value: cdktf.stringToHclTerraform(this._birthday),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      contract_notes: {
        value: cdktf.stringToHclTerraform(this._contractNotes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cost: {
        value: cdktf.numberToHclTerraform(this._cost),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      create_ticket_days_before: {
        value: cdktf.numberToHclTerraform(this._createTicketDaysBefore),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      department_id: {
        value: cdktf.numberToHclTerraform(this._departmentId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      end_of_contract_on: {
        value: cdktf.stringToHclTerraform(this._endOfContractOn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      legacy_reference_number: {
        value: cdktf.stringToHclTerraform(this._legacyReferenceNumber),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      location_id: {
        value: cdktf.numberToHclTerraform(this._locationId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      managed_by_id: {
        value: cdktf.numberToHclTerraform(this._managedById),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      notes: {
        value: cdktf.stringToHclTerraform(this._notes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      purchase_order_number: {
        value: cdktf.stringToHclTerraform(this._purchaseOrderNumber),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      purchased_on: {
        value: cdktf.stringToHclTerraform(this._purchasedOn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      replaced_on: {
        value: cdktf.stringToHclTerraform(this._replacedOn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      serial_number: {
        value: cdktf.stringToHclTerraform(this._serialNumber),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      used_by_id: {
        value: cdktf.numberToHclTerraform(this._usedById),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vendor: {
        value: cdktf.stringToHclTerraform(this._vendor),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      visibility: {
        value: cdktf.stringToHclTerraform(this._visibility),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      warranty_info: {
        value: cdktf.stringToHclTerraform(this._warrantyInfo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
