// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface GroupConfig extends cdktf.TerraformMetaArguments {
  /**
  * First line of the postal address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#address Group#address}
  */
  readonly address?: string;
  /**
  * Second line of the postal address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#address2 Group#address2}
  */
  readonly address2?: string;
  /**
  * Id of the user who receives billing matters for the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#billing_contact_id Group#billing_contact_id}
  */
  readonly billingContactId?: number;
  /**
  * City of the postal address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#city Group#city}
  */
  readonly city?: string;
  /**
  * Country of the postal address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#country Group#country}
  */
  readonly country?: string;
  /**
  * Name of the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#name Group#name}
  */
  readonly name: string;
  /**
  * Free notes about the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#notes Group#notes}
  */
  readonly notes?: string;
  /**
  * Id of the user who is the primary contact of the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#primary_contact_id Group#primary_contact_id}
  */
  readonly primaryContactId?: number;
  /**
  * State or province of the postal address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#state Group#state}
  */
  readonly state?: string;
  /**
  * Last day of support, written YYYY-MM-DD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#support_end_date Group#support_end_date}
  */
  readonly supportEndDate?: string;
  /**
  * Address of a page describing the support the group receives.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#support_info_url Group#support_info_url}
  */
  readonly supportInfoUrl?: string;
  /**
  * Id of the support level of the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#support_level_id Group#support_level_id}
  */
  readonly supportLevelId?: number;
  /**
  * First day of support, written YYYY-MM-DD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#support_start_date Group#support_start_date}
  */
  readonly supportStartDate?: string;
  /**
  * Support status of the group: 0 active, 1 delinquent.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#support_status_id Group#support_status_id}
  */
  readonly supportStatusId?: number;
  /**
  * Website of the group, such as www.example.com.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#website_url Group#website_url}
  */
  readonly websiteUrl?: string;
  /**
  * Postal code.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#zip Group#zip}
  */
  readonly zip?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group mojohelpdesk_group}
*/
export class Group extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_group";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Group resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Group to import
  * @param importFromId The id of the existing Group that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Group to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_group", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group mojohelpdesk_group} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GroupConfig
  */
  public constructor(scope: Construct, id: string, config: GroupConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_group',
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
    this._address = config.address;
    this._address2 = config.address2;
    this._billingContactId = config.billingContactId;
    this._city = config.city;
    this._country = config.country;
    this._name = config.name;
    this._notes = config.notes;
    this._primaryContactId = config.primaryContactId;
    this._state = config.state;
    this._supportEndDate = config.supportEndDate;
    this._supportInfoUrl = config.supportInfoUrl;
    this._supportLevelId = config.supportLevelId;
    this._supportStartDate = config.supportStartDate;
    this._supportStatusId = config.supportStatusId;
    this._websiteUrl = config.websiteUrl;
    this._zip = config.zip;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // address - computed: false, optional: true, required: false
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  public resetAddress() {
    this._address = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // address2 - computed: false, optional: true, required: false
  private _address2?: string; 
  public get address2() {
    return this.getStringAttribute('address2');
  }
  public set address2(value: string) {
    this._address2 = value;
  }
  public resetAddress2() {
    this._address2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get address2Input() {
    return this._address2;
  }

  // billing_contact_id - computed: false, optional: true, required: false
  private _billingContactId?: number; 
  public get billingContactId() {
    return this.getNumberAttribute('billing_contact_id');
  }
  public set billingContactId(value: number) {
    this._billingContactId = value;
  }
  public resetBillingContactId() {
    this._billingContactId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get billingContactIdInput() {
    return this._billingContactId;
  }

  // city - computed: false, optional: true, required: false
  private _city?: string; 
  public get city() {
    return this.getStringAttribute('city');
  }
  public set city(value: string) {
    this._city = value;
  }
  public resetCity() {
    this._city = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cityInput() {
    return this._city;
  }

  // country - computed: false, optional: true, required: false
  private _country?: string; 
  public get country() {
    return this.getStringAttribute('country');
  }
  public set country(value: string) {
    this._country = value;
  }
  public resetCountry() {
    this._country = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get countryInput() {
    return this._country;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
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

  // primary_contact_id - computed: false, optional: true, required: false
  private _primaryContactId?: number; 
  public get primaryContactId() {
    return this.getNumberAttribute('primary_contact_id');
  }
  public set primaryContactId(value: number) {
    this._primaryContactId = value;
  }
  public resetPrimaryContactId() {
    this._primaryContactId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryContactIdInput() {
    return this._primaryContactId;
  }

  // state - computed: false, optional: true, required: false
  private _state?: string; 
  public get state() {
    return this.getStringAttribute('state');
  }
  public set state(value: string) {
    this._state = value;
  }
  public resetState() {
    this._state = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stateInput() {
    return this._state;
  }

  // support_end_date - computed: false, optional: true, required: false
  private _supportEndDate?: string; 
  public get supportEndDate() {
    return this.getStringAttribute('support_end_date');
  }
  public set supportEndDate(value: string) {
    this._supportEndDate = value;
  }
  public resetSupportEndDate() {
    this._supportEndDate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supportEndDateInput() {
    return this._supportEndDate;
  }

  // support_info_url - computed: false, optional: true, required: false
  private _supportInfoUrl?: string; 
  public get supportInfoUrl() {
    return this.getStringAttribute('support_info_url');
  }
  public set supportInfoUrl(value: string) {
    this._supportInfoUrl = value;
  }
  public resetSupportInfoUrl() {
    this._supportInfoUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supportInfoUrlInput() {
    return this._supportInfoUrl;
  }

  // support_level_id - computed: false, optional: true, required: false
  private _supportLevelId?: number; 
  public get supportLevelId() {
    return this.getNumberAttribute('support_level_id');
  }
  public set supportLevelId(value: number) {
    this._supportLevelId = value;
  }
  public resetSupportLevelId() {
    this._supportLevelId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supportLevelIdInput() {
    return this._supportLevelId;
  }

  // support_start_date - computed: false, optional: true, required: false
  private _supportStartDate?: string; 
  public get supportStartDate() {
    return this.getStringAttribute('support_start_date');
  }
  public set supportStartDate(value: string) {
    this._supportStartDate = value;
  }
  public resetSupportStartDate() {
    this._supportStartDate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supportStartDateInput() {
    return this._supportStartDate;
  }

  // support_status_id - computed: false, optional: true, required: false
  private _supportStatusId?: number; 
  public get supportStatusId() {
    return this.getNumberAttribute('support_status_id');
  }
  public set supportStatusId(value: number) {
    this._supportStatusId = value;
  }
  public resetSupportStatusId() {
    this._supportStatusId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supportStatusIdInput() {
    return this._supportStatusId;
  }

  // website_url - computed: false, optional: true, required: false
  private _websiteUrl?: string; 
  public get websiteUrl() {
    return this.getStringAttribute('website_url');
  }
  public set websiteUrl(value: string) {
    this._websiteUrl = value;
  }
  public resetWebsiteUrl() {
    this._websiteUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get websiteUrlInput() {
    return this._websiteUrl;
  }

  // zip - computed: false, optional: true, required: false
  private _zip?: string; 
  public get zip() {
    return this.getStringAttribute('zip');
  }
  public set zip(value: string) {
    this._zip = value;
  }
  public resetZip() {
    this._zip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get zipInput() {
    return this._zip;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      address: cdktf.stringToTerraform(this._address),
      address2: cdktf.stringToTerraform(this._address2),
      billing_contact_id: cdktf.numberToTerraform(this._billingContactId),
      city: cdktf.stringToTerraform(this._city),
      country: cdktf.stringToTerraform(this._country),
      name: cdktf.stringToTerraform(this._name),
      notes: cdktf.stringToTerraform(this._notes),
      primary_contact_id: cdktf.numberToTerraform(this._primaryContactId),
      state: cdktf.stringToTerraform(this._state),
      support_end_date: cdktf.stringToTerraform(this._supportEndDate),
      support_info_url: cdktf.stringToTerraform(this._supportInfoUrl),
      support_level_id: cdktf.numberToTerraform(this._supportLevelId),
      support_start_date: cdktf.stringToTerraform(this._supportStartDate),
      support_status_id: cdktf.numberToTerraform(this._supportStatusId),
      website_url: cdktf.stringToTerraform(this._websiteUrl),
      zip: cdktf.stringToTerraform(this._zip),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      address: {
        value: cdktf.stringToHclTerraform(this._address),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      address2: {
        value: cdktf.stringToHclTerraform(this._address2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      billing_contact_id: {
        value: cdktf.numberToHclTerraform(this._billingContactId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      city: {
        value: cdktf.stringToHclTerraform(this._city),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      country: {
        value: cdktf.stringToHclTerraform(this._country),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      notes: {
        value: cdktf.stringToHclTerraform(this._notes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      primary_contact_id: {
        value: cdktf.numberToHclTerraform(this._primaryContactId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      state: {
        value: cdktf.stringToHclTerraform(this._state),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      support_end_date: {
        value: cdktf.stringToHclTerraform(this._supportEndDate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      support_info_url: {
        value: cdktf.stringToHclTerraform(this._supportInfoUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      support_level_id: {
        value: cdktf.numberToHclTerraform(this._supportLevelId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      support_start_date: {
        value: cdktf.stringToHclTerraform(this._supportStartDate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      support_status_id: {
        value: cdktf.numberToHclTerraform(this._supportStatusId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      website_url: {
        value: cdktf.stringToHclTerraform(this._websiteUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      zip: {
        value: cdktf.stringToHclTerraform(this._zip),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
