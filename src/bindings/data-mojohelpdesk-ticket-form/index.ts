// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/ticket_form
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataMojohelpdeskTicketFormConfig extends cdktf.TerraformMetaArguments {
  /**
  * Numeric id of the ticket form, as a string. Set it or name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/ticket_form#id DataMojohelpdeskTicketForm#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Name of the ticket form. Set it, or id, to choose the ticket form.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/ticket_form#name DataMojohelpdeskTicketForm#name}
  */
  readonly name?: string;
}
export interface DataMojohelpdeskTicketFormFieldAttributes {
}

export function dataMojohelpdeskTicketFormFieldAttributesToTerraform(struct?: DataMojohelpdeskTicketFormFieldAttributes): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataMojohelpdeskTicketFormFieldAttributesToHclTerraform(struct?: DataMojohelpdeskTicketFormFieldAttributes): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataMojohelpdeskTicketFormFieldAttributesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataMojohelpdeskTicketFormFieldAttributes | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataMojohelpdeskTicketFormFieldAttributes | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // is_required - computed: true, optional: false, required: false
  public get isRequired() {
    return this.getBooleanAttribute('is_required');
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}

export class DataMojohelpdeskTicketFormFieldAttributesList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataMojohelpdeskTicketFormFieldAttributesOutputReference {
    return new DataMojohelpdeskTicketFormFieldAttributesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/ticket_form mojohelpdesk_ticket_form}
*/
export class DataMojohelpdeskTicketForm extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_ticket_form";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataMojohelpdeskTicketForm resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataMojohelpdeskTicketForm to import
  * @param importFromId The id of the existing DataMojohelpdeskTicketForm that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/ticket_form#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataMojohelpdeskTicketForm to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_ticket_form", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/ticket_form mojohelpdesk_ticket_form} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataMojohelpdeskTicketFormConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataMojohelpdeskTicketFormConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_ticket_form',
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
    this._id = config.id;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // field_attributes - computed: true, optional: false, required: false
  private _fieldAttributes = new DataMojohelpdeskTicketFormFieldAttributesList(this, "field_attributes", false);
  public get fieldAttributes() {
    return this._fieldAttributes;
  }

  // hidden_field_attribute_ids - computed: true, optional: false, required: false
  public get hiddenFieldAttributeIds() {
    return this.getNumberListAttribute('hidden_field_attribute_ids');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // is_default - computed: true, optional: false, required: false
  public get isDefault() {
    return this.getBooleanAttribute('is_default');
  }

  // is_enabled - computed: true, optional: false, required: false
  public get isEnabled() {
    return this.getBooleanAttribute('is_enabled');
  }

  // is_visible_for_end_user - computed: true, optional: false, required: false
  public get isVisibleForEndUser() {
    return this.getBooleanAttribute('is_visible_for_end_user');
  }

  // is_visible_for_non_logged_in_user - computed: true, optional: false, required: false
  public get isVisibleForNonLoggedInUser() {
    return this.getBooleanAttribute('is_visible_for_non_logged_in_user');
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // show_attach_files - computed: true, optional: false, required: false
  public get showAttachFiles() {
    return this.getBooleanAttribute('show_attach_files');
  }

  // show_cc - computed: true, optional: false, required: false
  public get showCc() {
    return this.getBooleanAttribute('show_cc');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
